package de.rathaus.forms.definition;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A citizen's answers to a form: a JSON object with one member per answered field (its id), the
 * value shaped as {@link FieldType} describes. The same shape is used in drafts, in the API and in
 * stored submissions. Unchecked answers may hold values of the wrong shape (what the citizen typed,
 * kept so nothing is lost); {@link FormRules} reports those.
 */
public final class Answers {

    private final ObjectNode json;

    private Answers(ObjectNode json) {
        this.json = json;
    }

    public static Answers empty() {
        return new Answers(JsonNodeFactory.instance.objectNode());
    }

    /** The answers in a JSON object (copied: later changes to it do not change the answers). */
    public static Answers of(ObjectNode json) {
        return new Answers(json.deepCopy());
    }

    /** The answer to a top-level field, or {@code null} when it has none. */
    public JsonNode get(String fieldId) {
        JsonNode value = json.get(fieldId);
        return value == null || value.isNull() ? null : value.deepCopy();
    }

    public boolean has(String fieldId) {
        return get(fieldId) != null;
    }

    /** These answers with the answer to one field set (or replaced). */
    public Answers with(String fieldId, JsonNode value) {
        ObjectNode copy = json.deepCopy();
        copy.set(fieldId, value.deepCopy());
        return new Answers(copy);
    }

    /** These answers without the answer to one field. */
    public Answers without(String fieldId) {
        ObjectNode copy = json.deepCopy();
        copy.remove(fieldId);
        return new Answers(copy);
    }

    /** All answers as JSON (a copy). */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && answers.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
