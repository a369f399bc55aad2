package de.rathaus.forms.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.ObjectNode;

/** Definitions and answers for the unit tests, read from JSON as towns write them. */
final class TestForms {

    static final FormJson JSON = new FormJson();

    private TestForms() {}

    /** A form with every field type, a conditional field, a conditional page and a fee with rules. */
    static FormDefinition allTypes() {
        return JSON.read(resource("/forms/all-types.json"));
    }

    static String resource(String path) {
        try (InputStream in = TestForms.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers from JSON text; single quotes stand for double quotes to keep the tests readable. */
    static Answers answers(String json) {
        return Answers.of((ObjectNode) JSON.parse(json.replace('\'', '"')));
    }
}
