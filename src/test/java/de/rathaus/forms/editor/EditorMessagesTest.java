package de.rathaus.forms.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The editor's and the account's texts exist in German and English and format cleanly. */
class EditorMessagesTest {

    private final Properties german = load("i18n/forms-editor.properties");
    private final Properties english = load("i18n/forms-editor_en.properties");

    @Test
    void everyGermanTextHasAnEnglishOneAndViceVersa() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
    }

    @Test
    void textsWithPlaceholdersFormatWithoutLosingQuotes() {
        for (Properties bundle : new Properties[] {german, english}) {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.contains("{0") || text.contains("{1")) {
                    String formatted = new MessageFormat(text, Locale.GERMANY).format(new Object[] {2, 3});
                    assertThat(formatted).as(key).doesNotContain("{").doesNotContain("}");
                    assertThat(formatted.chars().filter(c -> c == '\'').count())
                            .as(key + " keeps its apostrophes (write '' in texts with placeholders)")
                            .isEqualTo(text.replace("''", "'")
                                    .chars()
                                    .filter(c -> c == '\'')
                                    .count());
                }
            }
        }
    }

    @Test
    void amountsAreWrittenGermanStyle() {
        String paid = new MessageFormat(german.getProperty("forms.account.fee.paid"), Locale.GERMANY)
                .format(new Object[] {new java.math.BigDecimal("1234.5")});

        assertThat(paid).isEqualTo("Bezahlt: 1.234,50 €");
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (InputStream in = EditorMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
