package de.rathaus.catalog.store;

import de.rathaus.catalog.model.CatalogDocument;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue's JSON: content versions in the database, the exchange format and the JSON
 * editor. Strict on reading (an unknown field is an error, not silently dropped), so a shared
 * catalogue with a typo in a field name is refused instead of losing that text.
 */
@Component
public class CatalogJson {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    /**
     * @throws UnreadableJson when the text is not a catalogue document
     */
    public CatalogDocument document(InputStream in) {
        try {
            return json.readValue(in, CatalogDocument.class);
        } catch (JacksonException e) {
            throw UnreadableJson.of(e);
        }
    }

    /** Parses one of the content types; refuses what is not that shape. */
    public <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JacksonException e) {
            throw UnreadableJson.of(e);
        }
    }

    /** A text that is not JSON of the expected shape; {@code line} is 0 when unknown. */
    public static final class UnreadableJson extends RuntimeException {
        private final int line;

        UnreadableJson(String message, int line) {
            super(message);
            this.line = line;
        }

        static UnreadableJson of(JacksonException e) {
            return new UnreadableJson(
                    e.getOriginalMessage(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        }

        public int line() {
            return line;
        }
    }
}
