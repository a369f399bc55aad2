package de.rathaus.forms.api;

import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FieldType;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.platform.files.FileTypes;
import de.rathaus.platform.files.Files;
import de.rathaus.platform.files.StoreRequest;
import de.rathaus.platform.files.StoreResult;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * FILE answers as the API takes them, {@code {"name": "plan.pdf", "content": "<Base64>"}}: decoded
 * before anything is stored, then stored through the platform's file service (type sniffed,
 * scanned, encrypted) and replaced by the reference that forms keep, {@code {"file", "name",
 * "size", "type"}}. Stored in the caller's transaction: refused answers roll the files back.
 */
final class Uploads {

    /** Forms' default for a FILE field without its own limit. */
    static final int DEFAULT_MAX_SIZE_MB = 10;

    private static final Set<String> MEMBERS = Set.of("name", "content");

    private final Map<String, Upload> byField;

    private Uploads(Map<String, Upload> byField) {
        this.byField = byField;
    }

    record Upload(Field field, String name, byte[] content) {}

    /** The largest body a submission of this form may have: 1 MB of answers plus its files in Base64. */
    static long bodyLimit(FormDefinition form) {
        long files = 0;
        for (Field field : form.fields()) {
            if (field.type() == FieldType.FILE) {
                files += DataSize.ofMegabytes(maxSizeMb(field)).toBytes() * 4 / 3 + 1024;
            }
        }
        return DataSize.ofMegabytes(1).toBytes() + files;
    }

    /**
     * Decodes the FILE answers among the top-level answers (forms keep files out of groups).
     *
     * @param problems collects the answers that are not in the API's shape
     */
    static Uploads decode(FormDefinition form, ObjectNode answers, List<FieldProblem> problems, ApiMessages messages) {
        Map<String, Upload> found = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            JsonNode answer = answers.get(field.id());
            if (field.type() != FieldType.FILE || answer == null || answer.isNull()) {
                continue;
            }
            String pointer = "/answers/" + SubmissionBody.escape(field.id());
            if (!answer.isObject()
                    || !MEMBERS.equals(new HashSet<>(answer.propertyNames()))
                    || !answer.get("name").isString()
                    || answer.get("name").asString().isBlank()
                    || answer.get("name").asString().length() > 255
                    || !answer.get("content").isString()) {
                problems.add(messages.problem(pointer, "api.answer.file-shape"));
                continue;
            }
            try {
                byte[] content =
                        Base64.getMimeDecoder().decode(answer.get("content").asString());
                found.put(field.id(), new Upload(field, answer.get("name").asString(), content));
            } catch (IllegalArgumentException e) {
                problems.add(messages.problem(pointer, "api.answer.file-base64"));
            }
        }
        return new Uploads(found);
    }

    /**
     * The answers as the rules will see them once the files are stored, to check everything before
     * anything is stored: each file as a reference with its real size and the field's first
     * accepted type. Its real type is known only when the file service has sniffed the content;
     * {@link #store} then refuses a file whose content is of no accepted type.
     */
    ObjectNode provisional(ObjectNode answers) {
        ObjectNode provisional = answers.deepCopy();
        for (Upload upload : byField.values()) {
            String id = upload.field().id();
            if (provisional.has(id)) {
                provisional.set(
                        id,
                        reference(
                                new UUID(0, 0).toString(),
                                upload.name(),
                                upload.content().length,
                                accepted(upload.field()).stream()
                                        .sorted()
                                        .findFirst()
                                        .orElseThrow()));
            }
        }
        return provisional;
    }

    /**
     * Stores the files still answered in {@code answers} (hidden ones were removed) and puts their
     * references in place.
     *
     * @return the answers with references, and problems for refused files
     */
    ObjectNode store(ObjectNode answers, Files files, List<FieldProblem> problems, ApiMessages messages) {
        ObjectNode stored = answers.deepCopy();
        for (Upload upload : byField.values()) {
            String id = upload.field().id();
            if (!stored.has(id)) {
                continue;
            }
            StoreRequest request = StoreRequest.of(upload.name(), upload.content(), accepted(upload.field()))
                    .limitedTo(DataSize.ofMegabytes(maxSizeMb(upload.field())));
            switch (files.store(request)) {
                case StoreResult.Stored ok ->
                    stored.set(
                            id,
                            reference(
                                    ok.file().id().toString(),
                                    ok.file().name(),
                                    ok.file().size(),
                                    ok.file().mediaType()));
                case StoreResult.Refused refused ->
                    problems.add(messages.problem(
                            "/answers/" + SubmissionBody.escape(id), refused.code(), refused.arguments()));
            }
        }
        return stored;
    }

    private static ObjectNode reference(String file, String name, long size, String type) {
        ObjectNode reference = JsonNodeFactory.instance.objectNode();
        reference.put("file", file);
        reference.put("name", name);
        reference.put("size", size);
        reference.put("type", type);
        return reference;
    }

    private static Set<String> accepted(Field field) {
        List<String> accept = field.rules().accept();
        return accept.isEmpty() ? FileTypes.DOCUMENTS_AND_IMAGES : Set.copyOf(accept);
    }

    private static int maxSizeMb(Field field) {
        Integer limit = field.rules().maxSizeMb();
        return limit == null ? DEFAULT_MAX_SIZE_MB : limit;
    }
}
