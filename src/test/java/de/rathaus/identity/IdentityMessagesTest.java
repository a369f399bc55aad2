package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IdentityMessagesTest {

    private final Properties german = load("i18n/identity.properties");
    private final Properties english = load("i18n/identity_en.properties");

    @Test
    void everyGermanTextHasAnEnglishOneAndViceVersa() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
    }

    @Test
    void everyRoleHasANameInBothLanguages() {
        for (Role role : Role.values()) {
            assertThat(german).containsKey("identity.role." + role.name());
            assertThat(english).containsKey("identity.role." + role.name());
        }
    }

    @Test
    void textsWithPlaceholdersFormatWithoutLosingQuotes() {
        for (Properties bundle : new Properties[] {german, english}) {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.contains("{0") || text.contains("{1") || text.contains("{2")) {
                    String formatted =
                            new MessageFormat(text, Locale.ROOT).format(new Object[] {2, "Musterstadt", "https://x"});
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

    private static Properties load(String resource) {
        var properties = new Properties();
        try (InputStream in = IdentityMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
