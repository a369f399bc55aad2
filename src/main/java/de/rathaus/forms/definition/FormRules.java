package de.rathaus.forms.definition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The rules of a form applied to answers: which pages and fields are shown, whether answers are
 * acceptable, and what the application costs. The browser journey and the API use the same rules,
 * so an answer refused in one is refused in the other.
 */
public final class FormRules {

    private FormRules() {}

    /** The pages shown for these answers, in order (pages whose condition fails are skipped). */
    public static List<FormPage> visiblePages(FormDefinition form, Answers answers) {
        return Visibility.of(form, answers).pages();
    }

    /** The fields of a page shown for these answers. */
    public static List<Field> visibleFields(FormPage page, Answers answers) {
        return page.fields().stream()
                .filter(field -> Conditions.holds(field.showIf(), answers))
                .toList();
    }

    /**
     * Checks the answers to the visible fields of one page (as the citizen leaves it). Errors come in
     * the order of the fields.
     *
     * @param today the day the rules for dates are measured from
     */
    public static List<AnswerError> checkPage(FormDefinition form, FormPage page, Answers answers, LocalDate today) {
        Visibility visibility = Visibility.of(form, answers);
        return AnswerCheck.check(visibility.fieldsOf(page), answers, today);
    }

    /**
     * Checks all answers before the form is sent: every visible page, and no answer to a field the
     * form does not have ({@code forms.answer.unknown-field}).
     */
    public static List<AnswerError> checkAll(FormDefinition form, Answers answers, LocalDate today) {
        Visibility visibility = Visibility.of(form, answers);
        List<AnswerError> errors = new ArrayList<>();
        for (FormPage page : visibility.pages()) {
            errors.addAll(AnswerCheck.check(visibility.fieldsOf(page), answers, today));
        }
        for (String id : answers.toJson().propertyNames()) {
            if (form.field(id).isEmpty()) {
                errors.add(
                        new AnswerError("/" + AnswerCheck.pointerToken(id), "forms.answer.unknown-field", List.of(id)));
            }
        }
        return List.copyOf(errors);
    }

    /**
     * The answers without those to fields and pages hidden by the other answers (what is checked,
     * shown on "check your answers" and sent).
     */
    public static Answers withoutHidden(FormDefinition form, Answers answers) {
        return Visibility.of(form, answers).kept();
    }

    /** What the application costs with these answers, in euros (zero when the form has no fee). */
    public static BigDecimal fee(FormDefinition form, Answers answers) {
        Fee fee = form.fee();
        if (fee == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        Answers shown = withoutHidden(form, answers);
        BigDecimal total = fee.base();
        for (Fee.Rule rule : fee.rules()) {
            if (Conditions.holds(rule.when(), shown)) {
                total = total.add(rule.amount().multiply(BigDecimal.valueOf(times(rule, shown))));
            }
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    private static int times(Fee.Rule rule, Answers answers) {
        if (rule.perItemOf() == null) {
            return 1;
        }
        JsonNode entries = answers.get(rule.perItemOf());
        return entries != null && entries.isArray() ? entries.size() : 0;
    }
}
