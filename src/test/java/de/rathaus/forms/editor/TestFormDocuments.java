package de.rathaus.forms.editor;

import de.rathaus.forms.library.Author;
import de.rathaus.forms.library.FormEditing;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.forms.library.Saved;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The test form ({@code forms/editor/katzen-test.json}: every kind of page part the preview shows,
 * and a fee) under a key of its own per test, so tests sharing a town do not meet.
 */
public final class TestFormDocuments {

    private TestFormDocuments() {}

    /** A fresh form key. */
    public static String freshKey() {
        return "katze-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The test document under this key. */
    public static String document(String key) {
        try (InputStream in = TestFormDocuments.class.getResourceAsStream("/forms/editor/katzen-test.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"katze-test\"", "\"key\": \"" + key + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports and publishes the test document in the current town; the published version. */
    public static PublishedForm publish(FormEditing editing, FormLibrary library, String key) {
        Saved.Stored stored = (Saved.Stored) editing.importForm(document(key), Author.SYSTEM);
        if (!(editing.publish(stored.id(), stored.version()) instanceof Saved.Stored)) {
            throw new IllegalStateException("The test form did not publish");
        }
        return library.published(key).orElseThrow();
    }
}
