package de.rathaus.forms.journey;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.forms.definition.AnswerError;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What citizens type becomes answers of the right shape, or stays as typed to be shown again. */
class AnswerReaderTest {

    private final FormDefinition form = read("forms/journey/all-types.json");
    // no FILE field is sent in these requests, so the file service is never asked
    private final AnswerReader reader = new AnswerReader(null);

    static FormDefinition read(String resource) {
        try {
            return new FormJson().read(new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode post(
            String page, Map<String, String[]> parameters, ObjectNode before, List<AnswerError> errors) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameters(parameters);
        return reader.read(form.page(page).orElseThrow().fields(), before, request, errors);
    }

    private ObjectNode post(String page, Map<String, String[]> parameters) {
        return post(page, parameters, JsonNodeFactory.instance.objectNode(), new ArrayList<>());
    }

    @Test
    void readsGermanAmountsDatesAndIbans() {
        ObjectNode answers = post(
                "texte",
                Map.of(
                        "feld-name", new String[] {"  Erika Mustermann "},
                        "feld-betrag", new String[] {"1.234,50 €"},
                        "feld-anzahl", new String[] {"3"},
                        "feld-geburtsdatum", new String[] {"7"},
                        "feld-geburtsdatum-monat", new String[] {"3"},
                        "feld-geburtsdatum-jahr", new String[] {"1980"},
                        "feld-iban", new String[] {"de89 3704 0044 0532 0130 00"}));

        assertThat(answers.get("name").asString()).isEqualTo("Erika Mustermann");
        assertThat(answers.get("betrag").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(answers.get("anzahl").decimalValue()).isEqualByComparingTo("3");
        assertThat(answers.get("geburtsdatum").asString()).isEqualTo("1980-03-07");
        assertThat(answers.get("iban").asString()).isEqualTo("DE89370400440532013000");
        assertThat(answers.has("email")).as("empty inputs give no answer").isFalse();
    }

    @Test
    void keepsWhatCannotBeReadAsTyped() {
        ObjectNode answers = post(
                "texte",
                Map.of(
                        "feld-betrag", new String[] {"12,5x"},
                        "feld-geburtsdatum", new String[] {"31"},
                        "feld-geburtsdatum-monat", new String[] {"2"},
                        "feld-geburtsdatum-jahr", new String[] {"2001"}));

        assertThat(answers.get("betrag").asString()).isEqualTo("12,5x");
        assertThat(answers.get("geburtsdatum").get("tag").asString()).isEqualTo("31");

        List<FieldView> views = FieldViews.of(form.page("texte").orElseThrow().fields(), answers, Map.of());
        FieldView amount = views.stream()
                .filter(v -> v.field().id().equals("betrag"))
                .findFirst()
                .orElseThrow();
        FieldView date = views.stream()
                .filter(v -> v.field().id().equals("geburtsdatum"))
                .findFirst()
                .orElseThrow();
        assertThat(amount.value()).isEqualTo("12,5x");
        assertThat(date.part("tag")).isEqualTo("31");
        assertThat(date.part("monat")).isEqualTo("2");
        assertThat(date.part("jahr")).isEqualTo("2001");
    }

    @Test
    void readsChoicesYesNoAndCheckboxes() {
        ObjectNode answers = post(
                "auswahl",
                Map.of(
                        "feld-groesse", new String[] {"klein"},
                        "feld-extras", new String[] {"a", "b"},
                        "feld-express", new String[] {"ja"}));

        assertThat(answers.get("groesse").asString()).isEqualTo("klein");
        assertThat(answers.get("extras").size()).isEqualTo(2);
        assertThat(answers.get("express").asBoolean()).isTrue();
    }

    @Test
    void readsGroupEntriesAndAddressParts() {
        ObjectNode answers = post(
                "rest",
                Map.of(
                        "feld-anschrift-street", new String[] {"Marktplatz 1"},
                        "feld-anschrift-postcode", new String[] {"86150"},
                        "feld-anschrift-city", new String[] {"Musterstadt"},
                        "feld-gegenstaende-anzahl", new String[] {"2"},
                        "feld-gegenstaende-0-gegenstand", new String[] {"Schrank"},
                        "feld-gegenstaende-0-stueck", new String[] {"1"},
                        "feld-gegenstaende-1-gegenstand", new String[] {"Sofa"}));

        assertThat(answers.get("anschrift").get("postcode").asString()).isEqualTo("86150");
        assertThat(answers.get("gegenstaende").size()).isEqualTo(2);
        assertThat(answers.get("gegenstaende").get(1).get("gegenstand").asString())
                .isEqualTo("Sofa");
        assertThat(answers.get("gegenstaende").get(1).has("stueck")).isFalse();
    }

    @Test
    void errorLinksLeadToTheFirstInputOfAnAnswer() {
        assertThat(InputIds.anchor(form, "/gegenstaende/0/gegenstand")).isEqualTo("feld-gegenstaende-0-gegenstand");
        assertThat(InputIds.anchor(form, "/anschrift")).isEqualTo("feld-anschrift-street");
        assertThat(InputIds.anchor(form, "/anschrift/postcode")).isEqualTo("feld-anschrift-postcode");
        assertThat(InputIds.anchor(form, "/geburtsdatum")).isEqualTo("feld-geburtsdatum");
    }
}
