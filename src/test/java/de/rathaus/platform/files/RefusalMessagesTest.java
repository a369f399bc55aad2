package de.rathaus.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;

class RefusalMessagesTest {

    @Test
    void everyRefusalHasAGermanAndEnglishMessage() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        List<StoreResult.Refused> refusals = List.of(
                new StoreResult.Empty(),
                new StoreResult.TooLarge(DataSize.ofMegabytes(20)),
                new StoreResult.TypeNotAllowed("text/html", List.of("PDF")),
                new StoreResult.Infected(new FileId(java.util.UUID.randomUUID()), "Eicar"));

        for (var refused : refusals) {
            String german = messages.getMessage(refused.code(), refused.arguments(), Locale.GERMAN);
            String english = messages.getMessage(refused.code(), refused.arguments(), Locale.ENGLISH);
            assertThat(german).isNotEqualTo(english).doesNotContain("{0}");
        }
        assertThat(messages.getMessage(
                        "files.refused.too-large",
                        new StoreResult.TooLarge(DataSize.ofMegabytes(20)).arguments(),
                        Locale.GERMAN))
                .contains("20 MB");
    }
}
