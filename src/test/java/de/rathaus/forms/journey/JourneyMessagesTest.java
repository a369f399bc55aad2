package de.rathaus.forms.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every journey text the code and templates use exists in German and English. */
class JourneyMessagesTest {

    private static final Pattern KEY =
            Pattern.compile("\"(journey\\.[a-zA-Z0-9.-]+)\"|#\\{'?(journey\\.[a-zA-Z0-9.-]+)");

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = new ClassPathResource(name).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("i18n/forms-journey_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("i18n/forms-journey.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedHasAText() throws IOException {
        Properties german = load("i18n/forms-journey.properties");
        var used = new TreeSet<String>();
        try (Stream<Path> sources = Stream.concat(
                Files.walk(Path.of("src/main/java/de/rathaus/forms/journey")),
                Files.walk(Path.of("src/main/resources/templates/forms/journey")))) {
            for (Path file : sources.filter(Files::isRegularFile).toList()) {
                Matcher key = KEY.matcher(Files.readString(file));
                while (key.find()) {
                    used.add(key.group(1) != null ? key.group(1) : key.group(2));
                }
            }
        }
        // keys completed at run time ('journey.access.' + access) are checked for every value
        used.removeIf(key -> key.endsWith("."));
        for (String access : new String[] {"ANONYMOUS", "BASIC", "SUBSTANTIAL", "HIGH"}) {
            used.add("journey.access." + access);
            used.add("journey.start.sign-in." + access);
            used.add("journey.start.too-weak." + access);
        }
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(german).containsKey(key));
    }
}
