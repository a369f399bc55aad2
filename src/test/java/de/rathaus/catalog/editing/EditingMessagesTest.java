package de.rathaus.catalog.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EditingMessagesTest {

    private final Properties german = load("i18n/catalog-editing.properties");
    private final Properties english = load("i18n/catalog-editing_en.properties");

    @Test
    void everyGermanTextHasAnEnglishOneAndViceVersa() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
    }

    @Test
    void everyStatusAndSectionHasItsTexts() {
        for (EntryStatus status : EntryStatus.values()) {
            assertThat(german).containsKey(status.messageKey());
        }
        for (Section section : Section.values()) {
            for (String suffix : new String[] {"title", "intro", "new", "column", "back", "edit"}) {
                assertThat(german).containsKey(section.messages() + suffix);
            }
        }
    }

    @Test
    void textsWithPlaceholdersFormatWithoutLosingQuotes() {
        for (Properties bundle : new Properties[] {german, english}) {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.contains("{0") || text.contains("{1")) {
                    String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] {2, 3, 4, 5});
                    assertThat(formatted).as(key).doesNotContain("{").doesNotContain("}");
                } else {
                    assertThat(text).as(key + " is shown as written").doesNotContain("''");
                }
            }
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = EditingMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }
}
