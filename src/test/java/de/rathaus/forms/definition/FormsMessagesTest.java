package de.rathaus.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the form rules, checks and library use has a German and an English text. */
class FormsMessagesTest {

    static final Pattern KEY = Pattern.compile("\"(forms\\.(answer|definition|library|action)\\.[a-z-]+)\"");

    final Properties german = load("i18n/forms.properties");
    final Properties english = load("i18n/forms_en.properties");

    @Test
    void everyGermanTextHasAnEnglishOneAndViceVersa() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
    }

    @Test
    void everyKeyInTheCodeHasATextAndEveryTextIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String module : new String[] {"definition", "library"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/de/rathaus/forms", module))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    Matcher matcher = KEY.matcher(read(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                });
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(german.stringPropertyNames()).containsAll(used);
        assertThat(used).containsAll(german.stringPropertyNames());
    }

    @Test
    void textsFormatWithTheirArguments() {
        for (Properties bundle : new Properties[] {german, english}) {
            for (String key : bundle.stringPropertyNames()) {
                String formatted = new MessageFormat(bundle.getProperty(key), Locale.GERMAN)
                        .format(new Object[] {"Name des Hundes", 15, "x"});
                assertThat(formatted)
                        .as(key)
                        .doesNotContain("{")
                        .doesNotContain("}")
                        .doesNotContain("'");
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = FormsMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
