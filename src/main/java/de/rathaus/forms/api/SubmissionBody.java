package de.rathaus.forms.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /api/v1/forms/{formId}/submissions}: {@code {"answers": {...},
 * "contactEmail": "..."}}. Besides its shape, every value is checked for what no form accepts and
 * what the database or later steps must never see: strings with NUL or unpaired surrogates, and
 * numbers beyond any sensible magnitude (a short {@code 1e999999999} would otherwise cost minutes
 * in any code that prints it in full).
 */
record SubmissionBody(ObjectNode answers, @Nullable String contactEmail) {

    private static final Set<String> MEMBERS = Set.of("answers", "contactEmail");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,190}\\.[^\\s@]{2,63}");
    /** More digits than any amount, count or date a form asks for. */
    private static final int MAX_PRECISION = 30;

    private static final int MAX_SCALE = 30;

    /** The body, or the problems that refuse it (pointers into the body). */
    sealed interface Read {}

    record Valid(SubmissionBody body) implements Read {}

    record Invalid(List<FieldProblem> problems) implements Read {}

    static Read of(JsonNode root, ApiMessages messages) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!root.isObject()) {
            problems.add(messages.problem("", "api.body.not-an-object"));
            return new Invalid(problems);
        }
        for (Map.Entry<String, JsonNode> member : root.properties()) {
            if (!MEMBERS.contains(member.getKey())) {
                problems.add(messages.problem("/" + escape(member.getKey()), "api.body.unknown-member"));
            }
        }
        JsonNode answers = root.get("answers");
        if (answers == null || !answers.isObject()) {
            problems.add(messages.problem("/answers", "api.body.answers"));
        } else {
            checkValues("/answers", answers, problems, messages);
        }
        JsonNode email = root.get("contactEmail");
        String contactEmail = null;
        if (email != null && !email.isNull()) {
            if (email.isString() && EMAIL.matcher(email.asString()).matches()) {
                contactEmail = email.asString();
            } else {
                problems.add(messages.problem("/contactEmail", "api.body.contact-email"));
            }
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new SubmissionBody((ObjectNode) answers, contactEmail));
    }

    private static void checkValues(String pointer, JsonNode value, List<FieldProblem> problems, ApiMessages messages) {
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                String name = member.getKey();
                if (!isCleanText(name)) {
                    problems.add(messages.problem(pointer, "api.answer.invalid-characters"));
                } else {
                    checkValues(pointer + "/" + escape(name), member.getValue(), problems, messages);
                }
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkValues(pointer + "/" + i, value.get(i), problems, messages);
            }
        } else if (value.isString() && !isCleanText(value.asString())) {
            problems.add(messages.problem(pointer, "api.answer.invalid-characters"));
        } else if (value.isNumber() && !isSaneNumber(value.decimalValue())) {
            problems.add(messages.problem(pointer, "api.answer.number-range"));
        }
    }

    /** No NUL (PostgreSQL text cannot hold it) and no unpaired surrogate (not Unicode text). */
    private static boolean isCleanText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSaneNumber(BigDecimal number) {
        return number.precision() <= MAX_PRECISION
                && Math.abs(number.scale()) <= MAX_SCALE
                && number.precision() - number.scale() <= MAX_PRECISION;
    }

    /** A member name as a JSON Pointer token (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
