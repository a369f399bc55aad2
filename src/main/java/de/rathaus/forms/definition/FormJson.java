package de.rathaus.forms.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exchange format {@code rathaus-form/1} as JSON text: what the library stores, the editor
 * shows, the API serves and towns exchange. Strict on reading, like the catalogue's JSON: an
 * unknown member is an error (a typo in {@code "requierd"} must not silently make a field
 * optional), as are numbers where texts belong and the other way round.
 */
@Component
public class FormJson {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(include ->
                    JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .build();

    /**
     * Reads a definition; it still has to pass {@link DefinitionCheck} before it is used.
     *
     * @throws Unreadable when the text is not JSON of the {@code rathaus-form/1} shape
     */
    public FormDefinition read(String text) {
        try {
            return json.readValue(text, FormDefinition.class);
        } catch (JacksonException e) {
            throw Unreadable.of(e);
        }
    }

    /** The definition as indented JSON text, without empty members. */
    public String write(FormDefinition definition) {
        return json.writeValueAsString(tree(definition));
    }

    /** The definition as a JSON object (what the API serves). */
    public ObjectNode tree(FormDefinition definition) {
        ObjectNode tree = json.valueToTree(definition);
        dropEmptyRules(tree);
        return tree;
    }

    /** Parses any JSON text into a tree (answers, API bodies) with the same strictness. */
    public JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw Unreadable.of(e);
        }
    }

    /** Fields without limits would be written as {@code "rules": {}}; leave that out. */
    private static void dropEmptyRules(JsonNode node) {
        if (node.isObject()) {
            JsonNode rules = node.get("rules");
            if (rules != null && rules.isObject() && rules.isEmpty()) {
                ((ObjectNode) node).remove("rules");
            }
        }
        for (JsonNode child : node) {
            dropEmptyRules(child);
        }
    }

    /**
     * A text that is not a {@code rathaus-form/1} document.
     *
     * @param path where, as a JSON Pointer ({@code /pages/0/fields/2/type}); empty for the whole text
     */
    public static final class Unreadable extends RuntimeException {

        private final String path;
        private final int line;

        Unreadable(String message, String path, int line) {
            super(message);
            this.path = path;
            this.line = line;
        }

        static Unreadable of(JacksonException e) {
            String path = e instanceof DatabindException
                    ? e.getPath().stream()
                            .map(reference -> reference.getPropertyName() != null
                                    ? AnswerCheck.pointerToken(reference.getPropertyName())
                                    : String.valueOf(reference.getIndex()))
                            .map(token -> "/" + token)
                            .collect(Collectors.joining())
                    : "";
            return new Unreadable(
                    e.getOriginalMessage(),
                    path,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        }

        public String path() {
            return path;
        }

        /** The line of the text, or 0 when unknown. */
        public int line() {
            return line;
        }
    }
}
