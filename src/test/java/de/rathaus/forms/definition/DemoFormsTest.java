package de.rathaus.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo forms of Musterstadt: valid definitions that accept a realistic set of answers. */
class DemoFormsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final DefinitionCheck CHECK = new DefinitionCheck(TestForms.JSON);

    static final List<String> KEYS = List.of(
            "anwohnerparkausweis",
            "fundsache-melden",
            "gewerbeanmeldung",
            "hund-anmelden",
            "kita-platz-vormerken",
            "meldebescheinigung",
            "sperrmuell-anmelden",
            "veranstaltung-anzeigen");

    static FormDefinition demo(String key) {
        CheckedDefinition checked = CHECK.check(TestForms.resource("/forms/demo/musterstadt/" + key + ".json"));
        assertThat(checked).as(key).isInstanceOf(CheckedDefinition.Valid.class);
        return ((CheckedDefinition.Valid) checked).definition();
    }

    static Answers answers(String key) {
        return TestForms.answers(TestForms.resource("/forms/answers/" + key + ".json"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anwohnerparkausweis",
                "fundsache-melden",
                "gewerbeanmeldung",
                "hund-anmelden",
                "kita-platz-vormerken",
                "meldebescheinigung",
                "sperrmuell-anmelden",
                "veranstaltung-anzeigen"
            })
    void demoFormAcceptsRealisticAnswers(String key) {
        FormDefinition form = demo(key);
        Answers answers = answers(key);

        assertThat(form.key()).isEqualTo(key);
        assertThat(FormRules.withoutHidden(form, answers)).isEqualTo(answers);
        assertThat(FormRules.checkAll(form, answers, TODAY)).isEmpty();
        assertThat(FormRules.checkAll(form, Answers.empty(), TODAY)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anwohnerparkausweis",
                "fundsache-melden",
                "gewerbeanmeldung",
                "hund-anmelden",
                "kita-platz-vormerken",
                "meldebescheinigung",
                "sperrmuell-anmelden",
                "veranstaltung-anzeigen"
            })
    void demoFormSurvivesTheExchangeFormat(String key) {
        FormDefinition form = demo(key);

        assertThat(TestForms.JSON.read(TestForms.JSON.write(form))).isEqualTo(form);
    }

    @Test
    void demoFormsChargeTheCataloguesFees() {
        Map<String, BigDecimal> fees = new TreeMap<>();
        for (String key : KEYS) {
            fees.put(key, FormRules.fee(demo(key), answers(key)));
        }
        assertThat(fees)
                .containsEntry("anwohnerparkausweis", new BigDecimal("30.00"))
                .containsEntry("fundsache-melden", new BigDecimal("0.00"))
                .containsEntry("gewerbeanmeldung", new BigDecimal("40.00"))
                .containsEntry("hund-anmelden", new BigDecimal("0.00"))
                .containsEntry("kita-platz-vormerken", new BigDecimal("0.00"))
                .containsEntry("meldebescheinigung", new BigDecimal("15.00"))
                .containsEntry("sperrmuell-anmelden", new BigDecimal("60.00"))
                .containsEntry("veranstaltung-anzeigen", new BigDecimal("50.00"));
    }

    @Test
    void registerDetailsAreAskedOnlyForRegisteredCompanies() {
        FormDefinition form = demo("gewerbeanmeldung");
        Answers soleTrader = answers("gewerbeanmeldung")
                .with(
                        "rechtsform",
                        tools.jackson.databind.node.JsonNodeFactory.instance.stringNode("einzelunternehmen"));

        assertThat(FormRules.visiblePages(form, soleTrader))
                .extracting(FormPage::id)
                .doesNotContain("register");
        assertThat(FormRules.withoutHidden(form, soleTrader).has("registernummer"))
                .isFalse();
        assertThat(FormRules.checkAll(form, FormRules.withoutHidden(form, soleTrader), TODAY))
                .isEmpty();
    }
}
