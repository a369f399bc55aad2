package de.rathaus.forms.journey;

import de.rathaus.forms.definition.AnswerError;
import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FieldType;
import de.rathaus.platform.files.Files;
import de.rathaus.platform.files.StoreRequest;
import de.rathaus.platform.files.StoreResult;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns what a citizen sent from a question page into answers, shaped as {@link FieldType} says.
 * Whatever cannot be read as the type asks (a date that does not exist, "12,5x" for an amount) is
 * kept as typed, so the page shows it again and the form's rules report it. Uploads are stored
 * right away; a refused file becomes an error at its field and leaves the previous answer.
 */
@Component
class AnswerReader {

    static final Set<String> DEFAULT_FILE_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    static final int DEFAULT_FILE_SIZE_MB = 10;
    static final int DEFAULT_MAX_ITEMS = 20;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Files files;

    AnswerReader(Files files) {
        this.files = files;
    }

    /** The answers after reading the fields; {@code errors} collects refused uploads. */
    ObjectNode read(List<Field> fields, ObjectNode current, HttpServletRequest request, List<AnswerError> errors) {
        ObjectNode answers = current.deepCopy();
        readInto(fields, "", answers, new Params(request), errors);
        return answers;
    }

    private void readInto(
            List<Field> fields, String parentPath, ObjectNode target, Params params, List<AnswerError> errors) {
        for (Field field : fields) {
            String path = parentPath + "/" + field.id();
            JsonNode previous = target.get(field.id());
            JsonNode value = read(field, path, previous, params, errors);
            if (value == null) {
                target.remove(field.id());
            } else {
                target.set(field.id(), value);
            }
        }
    }

    private @Nullable JsonNode read(
            Field field, String path, @Nullable JsonNode previous, Params params, List<AnswerError> errors) {
        String name = InputIds.of(path);
        return switch (field.type()) {
            case TEXT, LONG_TEXT, EMAIL, PHONE, SELECT, RADIO -> text(params.one(name));
            case NUMBER, MONEY -> number(params.one(name));
            case IBAN -> text(params.one(name).replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
            case DATE -> date(params.one(name), params.one(name + "-monat"), params.one(name + "-jahr"));
            case CHECKBOX -> checkbox(params.all(name));
            case YES_NO -> yesNo(params.one(name));
            case ADDRESS -> address(params, name);
            case FILE -> file(field, path, previous, params.file(name), errors);
            case GROUP -> group(field, path, previous, params, errors);
        };
    }

    private static @Nullable JsonNode text(String raw) {
        String value = raw.strip();
        return value.isEmpty() ? null : NODES.stringNode(value);
    }

    /** German amounts ("1.234,50", "12,5 €") and plain ones ("12.50") become numbers. */
    static @Nullable JsonNode number(String raw) {
        String typed = raw.strip();
        if (typed.isEmpty()) {
            return null;
        }
        String plain = typed.replace("€", "").replaceAll("[\\s\\u00a0]", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        } else if (plain.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            plain = plain.replace(".", "");
        }
        try {
            return NODES.numberNode(new BigDecimal(plain));
        } catch (NumberFormatException notANumber) {
            return NODES.stringNode(typed);
        }
    }

    private static @Nullable JsonNode date(String day, String month, String year) {
        String d = day.strip();
        String m = month.strip();
        String y = year.strip();
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        if (d.matches("\\d{1,2}") && m.matches("\\d{1,2}") && y.matches("\\d{4}")) {
            try {
                return NODES.stringNode(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d))
                        .toString());
            } catch (DateTimeException noSuchDay) {
                // kept as typed below
            }
        }
        ObjectNode typed = NODES.objectNode();
        typed.put("tag", d);
        typed.put("monat", m);
        typed.put("jahr", y);
        return typed;
    }

    private static @Nullable JsonNode checkbox(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        ArrayNode array = NODES.arrayNode();
        values.stream().filter(value -> !value.isBlank()).distinct().forEach(array::add);
        return array;
    }

    private static @Nullable JsonNode yesNo(String raw) {
        return switch (raw) {
            case "ja" -> NODES.booleanNode(true);
            case "nein" -> NODES.booleanNode(false);
            default -> null;
        };
    }

    private static @Nullable JsonNode address(Params params, String name) {
        ObjectNode address = NODES.objectNode();
        for (String part : List.of("street", "postcode", "city")) {
            String value = params.one(name + "-" + part).strip();
            if (!value.isEmpty()) {
                address.put(part, value);
            }
        }
        return address.isEmpty() ? null : address;
    }

    private @Nullable JsonNode file(
            Field field,
            String path,
            @Nullable JsonNode previous,
            @Nullable MultipartFile upload,
            List<AnswerError> errors) {
        if (upload == null
                || upload.getOriginalFilename() == null
                || upload.getOriginalFilename().isBlank()) {
            return previous;
        }
        Set<String> types = field.rules().accept().isEmpty()
                ? DEFAULT_FILE_TYPES
                : Set.copyOf(field.rules().accept());
        int maxMb = field.rules().maxSizeMb() == null
                ? DEFAULT_FILE_SIZE_MB
                : field.rules().maxSizeMb();
        StoreResult result = files.store(StoreRequest.upload(upload, types).limitedTo(DataSize.ofMegabytes(maxMb)));
        return switch (result) {
            case StoreResult.Stored stored -> {
                ObjectNode answer = NODES.objectNode();
                answer.put("file", stored.file().id().toString());
                answer.put("name", stored.file().name());
                answer.put("size", stored.file().size());
                answer.put("type", stored.file().mediaType());
                yield answer;
            }
            case StoreResult.Refused refused -> {
                errors.add(new AnswerError(path, refused.code(), Arrays.asList(refused.arguments())));
                yield previous;
            }
        };
    }

    /**
     * A group's entries as the page showed them: the page says how many ({@code -anzahl}); without
     * that (the group was not on the page) the entries stay as they were.
     */
    private @Nullable JsonNode group(
            Field field, String path, @Nullable JsonNode previous, Params params, List<AnswerError> errors) {
        String count = params.one(InputIds.of(path) + "-anzahl");
        if (!count.matches("\\d{1,3}")) {
            return previous;
        }
        int maxItems = field.rules().maxItems() == null
                ? DEFAULT_MAX_ITEMS
                : field.rules().maxItems();
        int entries = Math.min(Integer.parseInt(count), maxItems);
        ArrayNode array = NODES.arrayNode();
        for (int index = 0; index < entries; index++) {
            JsonNode before = previous == null ? null : previous.get(index);
            ObjectNode entry = before instanceof ObjectNode object ? object.deepCopy() : NODES.objectNode();
            readInto(field.fields(), path + "/" + index, entry, params, errors);
            array.add(entry);
        }
        return array;
    }

    /** The request's parameters and uploads. */
    private record Params(HttpServletRequest request) {

        String one(String name) {
            String value = request.getParameter(name);
            return value == null ? "" : value;
        }

        List<String> all(String name) {
            String[] values = request.getParameterValues(name);
            return values == null ? List.of() : new ArrayList<>(Arrays.asList(values));
        }

        @Nullable
        MultipartFile file(String name) {
            return request instanceof MultipartRequest multipart ? multipart.getFile(name) : null;
        }
    }
}
