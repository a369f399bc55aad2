package de.rathaus.catalog.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.catalog.assistant.Answer.ServiceLink;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The quality bar of the assistant: for the realistic citizen questions of {@code
 * catalog/questions.tsv} (colloquial, with typos), an expected service is among the three
 * services the assistant shows, for at least 90 % of them, in the Musterstadt demo catalogue.
 * Prints the hit rate and the misses. Run alone with {@code ./mvnw -B -q verify
 * -Dit.test=AssistantQuestionsIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class AssistantQuestionsIT {

    @Autowired
    Assistant assistant;

    @Autowired
    Tenants tenants;

    record Question(String text, Set<String> expected) {}

    @Test
    void findsTheExpectedServiceInTheTopThreeForAtLeastNinetyPercent() throws IOException {
        List<Question> questions = questions();
        List<String> misses = new ArrayList<>();
        CurrentTenant.runAs(tenants.bySlug("musterstadt").orElseThrow(), () -> {
            for (Question question : questions) {
                Answer answer = assistant.answer(question.text(), null);
                List<String> shown =
                        answer.services().stream().map(ServiceLink::slug).toList();
                if (shown.stream().noneMatch(question.expected()::contains)) {
                    misses.add(question.text() + " → expected " + question.expected() + ", shown " + shown + " ("
                            + answer.getClass().getSimpleName() + ")");
                }
            }
        });
        int hits = questions.size() - misses.size();
        double rate = 100.0 * hits / questions.size();
        System.out.printf("Assistant hit rate: %d of %d questions = %.1f %%%n", hits, questions.size(), rate);
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertThat(questions).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rate)
                .as("share of questions with an expected service in the top 3")
                .isGreaterThanOrEqualTo(90.0);
    }

    private static List<Question> questions() throws IOException {
        String text = new ClassPathResource("catalog/questions.tsv").getContentAsString(StandardCharsets.UTF_8);
        return text.lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .map(parts -> new Question(parts[0], Set.of(parts[1].split(","))))
                .toList();
    }
}
