package de.rathaus.forms.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The envelope of a submission and the values no form accepts, each reported at its pointer. */
class SubmissionBodyTest {

    private final JsonMapper json = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private final ApiMessages messages = RequestBodiesTest.messages();

    @Test
    void takesTheAnswersAndTheContactAddress() {
        SubmissionBody.Read read = read("{'answers': {'was': 'Brille'}, 'contactEmail': 'a@example.org'}");

        assertThat(read).isInstanceOfSatisfying(SubmissionBody.Valid.class, valid -> {
            assertThat(valid.body().answers().path("was").asString()).isEqualTo("Brille");
            assertThat(valid.body().contactEmail()).isEqualTo("a@example.org");
        });
    }

    @Test
    void reportsEachProblemAtItsPointer() {
        assertThat(pointers("[]")).containsExactly("");
        assertThat(pointers("{'answers': []}")).containsExactly("/answers");
        assertThat(pointers("{}")).containsExactly("/answers");
        assertThat(pointers("{'answers': {}, 'admin': true, 'a/b': 1}")).containsExactlyInAnyOrder("/admin", "/a~1b");
        assertThat(pointers("{'answers': {}, 'contactEmail': 'keine Adresse'}")).containsExactly("/contactEmail");
        assertThat(pointers("{'answers': {'was': 'a\\u0000b', 'liste': ['ok', '\\ud800']}}"))
                .containsExactly("/answers/was", "/answers/liste/1");
        assertThat(pointers("{'answers': {'n': 1e400, 'm': 123456789012345678901234567890123, 'o': 12.5}}"))
                .containsExactly("/answers/n", "/answers/m");
    }

    @Test
    void givesGermanMessages() {
        SubmissionBody.Read read = read("{'answers': {}, 'contactEmail': 'x'}");

        assertThat(((SubmissionBody.Invalid) read).problems().getFirst().detail())
                .startsWith("Geben Sie eine E-Mail-Adresse an");
    }

    private java.util.List<String> pointers(String body) {
        return switch (read(body)) {
            case SubmissionBody.Valid valid -> java.util.List.of();
            case SubmissionBody.Invalid invalid ->
                invalid.problems().stream().map(FieldProblem::pointer).toList();
        };
    }

    private SubmissionBody.Read read(String body) {
        JsonNode root = json.readTree(body.replace('\'', '"'));
        return SubmissionBody.of(root, messages);
    }
}
