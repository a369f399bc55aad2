package de.rathaus.forms.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The small, complete form a new one starts from: one page, one field, every required member. */
@Component
class NewFormTemplate {

    private final String text;

    NewFormTemplate() {
        try {
            text = new ClassPathResource("templates/forms/editor/new-form.json")
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return text;
    }
}
