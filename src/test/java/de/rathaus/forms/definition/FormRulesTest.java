package de.rathaus.forms.definition;

import static de.rathaus.forms.definition.TestForms.answers;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class FormRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final FormDefinition FORM = TestForms.allTypes();

    static final String GOOD = """
            {'name': 'Erika Mustermann', 'kennzeichen': 'MS-AB 123', 'code': '1234',
             'beschreibung': 'kurz', 'anzahl': 3, 'betrag': 12.5, 'geburtsdatum': '1980-05-17',
             'termin': '2026-12-01', 'email': 'erika@example.de', 'telefon': '+49 (821) 123-456',
             'iban': 'DE89370400440532013000', 'farbe': 'rot', 'groesse': 'klein', 'extras': ['a'],
             'express': false,
             'anschrift': {'street': 'Marktplatz 1', 'postcode': '86150', 'city': 'Musterstadt'},
             'nachweis': {'file': '0192f0c4-7a3b-7cde-8f00-0123456789ab', 'name': 'nachweis.pdf',
                          'size': 12345, 'type': 'application/pdf'},
             'gegenstaende': [{'gegenstand': 'Sofa', 'stueck': 1}, {'gegenstand': 'Stuhl', 'stueck': 4}]}
            """;

    static Answers good() {
        return answers(GOOD);
    }

    static List<AnswerError> check(Answers answers) {
        return FormRules.checkAll(FORM, answers, TODAY);
    }

    /** The one error the answers have, as "path code". */
    static String onlyError(Answers answers) {
        List<AnswerError> errors = check(answers);
        assertThat(errors).hasSize(1);
        return errors.get(0).path() + " " + errors.get(0).code();
    }

    static Answers withGood(String field, String json) {
        ObjectNode answers = good().toJson();
        answers.set(field, TestForms.JSON.parse(json.replace('\'', '"')));
        return Answers.of(answers);
    }

    @Test
    void acceptsGoodAnswers() {
        assertThat(check(good())).isEmpty();
    }

    @Test
    void requiresRequiredFieldsAndTreatsBlankAsMissing() {
        assertThat(onlyError(good().without("name"))).isEqualTo("/name forms.answer.required");
        assertThat(onlyError(withGood("name", "'   '"))).isEqualTo("/name forms.answer.required");
        assertThat(onlyError(good().without("groesse"))).isEqualTo("/groesse forms.answer.required-choice");
        assertThat(onlyError(good().without("anschrift"))).isEqualTo("/anschrift forms.answer.required-address");
        assertThat(check(good().without("farbe").without("email"))).isEmpty();
    }

    @Test
    void checksTextLengthAndPattern() {
        assertThat(onlyError(withGood("name", "'E'"))).isEqualTo("/name forms.answer.too-short");
        assertThat(onlyError(withGood("name", "'" + "x".repeat(201) + "'"))).isEqualTo("/name forms.answer.too-long");
        assertThat(onlyError(withGood("beschreibung", "'" + "x".repeat(21) + "'")))
                .isEqualTo("/beschreibung forms.answer.too-long");
        List<AnswerError> errors = check(withGood("kennzeichen", "'ms ab 123'"));
        assertThat(errors)
                .singleElement()
                .satisfies(error -> assertThat(error.code()).isEqualTo("forms.answer.pattern"))
                .satisfies(error -> assertThat(error.arguments())
                        .containsExactly("Kennzeichen", "Geben Sie das Kennzeichen so an: MS-AB 123."));
        assertThat(onlyError(withGood("code", "'12a4'"))).isEqualTo("/code forms.answer.format");
        assertThat(onlyError(withGood("name", "42"))).isEqualTo("/name forms.answer.not-text");
    }

    @Test
    void checksNumbersAndMoney() {
        assertThat(onlyError(withGood("anzahl", "'drei'"))).isEqualTo("/anzahl forms.answer.not-a-number");
        assertThat(onlyError(withGood("anzahl", "0"))).isEqualTo("/anzahl forms.answer.too-small");
        assertThat(onlyError(withGood("anzahl", "11"))).isEqualTo("/anzahl forms.answer.too-large");
        assertThat(check(withGood("anzahl", "2.5"))).isEmpty();
        assertThat(onlyError(withGood("betrag", "12.345"))).isEqualTo("/betrag forms.answer.not-money");
        assertThat(onlyError(withGood("betrag", "-1"))).isEqualTo("/betrag forms.answer.too-small");
        assertThat(onlyError(withGood("betrag", "'12,50'"))).isEqualTo("/betrag forms.answer.not-money");
        assertThat(check(withGood("betrag", "12.50"))).isEmpty();
    }

    @Test
    void checksDatesAgainstTodayAndPeriods() {
        assertThat(onlyError(withGood("geburtsdatum", "'2026-02-30'"))).isEqualTo("/geburtsdatum forms.answer.date");
        assertThat(onlyError(withGood("geburtsdatum", "'17.05.1980'"))).isEqualTo("/geburtsdatum forms.answer.date");
        assertThat(onlyError(withGood("geburtsdatum", "'2026-11-24'")))
                .isEqualTo("/geburtsdatum forms.answer.date-too-late");
        assertThat(check(withGood("geburtsdatum", "'2026-11-23'"))).isEmpty();
        assertThat(onlyError(withGood("geburtsdatum", "'1900-01-01'")))
                .isEqualTo("/geburtsdatum forms.answer.date-too-early");
        assertThat(onlyError(withGood("termin", "'2026-11-29'"))).isEqualTo("/termin forms.answer.date-too-early");
        assertThat(check(withGood("termin", "'2026-11-30'"))).isEmpty();
        assertThat(check(withGood("termin", "'2028-01-01'")))
                .singleElement()
                .satisfies(error -> assertThat(error.arguments()).containsExactly("Wunschtermin", "31.12.2027"));
    }

    @Test
    void checksEmailPhoneAndIban() {
        for (String bad :
                List.of("'erika'", "'erika@'", "'erika@example'", "'er ika@example.de'", "'a..b@example.de'")) {
            assertThat(onlyError(withGood("email", bad))).isEqualTo("/email forms.answer.email");
        }
        assertThat(check(withGood("email", "'erika.m+post@rathaus.musterstadt.de'")))
                .isEmpty();
        assertThat(onlyError(withGood("telefon", "'0821 12345x'"))).isEqualTo("/telefon forms.answer.phone");
        assertThat(onlyError(withGood("telefon", "'12345'"))).isEqualTo("/telefon forms.answer.phone");
        assertThat(onlyError(withGood("telefon", "'" + "1".repeat(21) + "'"))).isEqualTo("/telefon forms.answer.phone");
        assertThat(check(withGood("telefon", "'0821/324-0'"))).isEmpty();
        assertThat(onlyError(withGood("iban", "'DE89370400440532013001'"))).isEqualTo("/iban forms.answer.iban-check");
        assertThat(onlyError(withGood("iban", "'DE8937040044053201300'"))).isEqualTo("/iban forms.answer.iban");
        assertThat(onlyError(withGood("iban", "'DE89 3704 0044 0532 0130 00'"))).isEqualTo("/iban forms.answer.iban");
        assertThat(check(withGood("iban", "'AT611904300234573201'"))).isEmpty();
        assertThat(check(withGood("iban", "'GB29NWBK60161331926819'"))).isEmpty();
    }

    @Test
    void checksChoices() {
        assertThat(onlyError(withGood("farbe", "'gruen'"))).isEqualTo("/farbe forms.answer.option");
        assertThat(onlyError(withGood("groesse", "['klein']"))).isEqualTo("/groesse forms.answer.option");
        assertThat(onlyError(withGood("extras", "'a'"))).isEqualTo("/extras forms.answer.option");
        assertThat(onlyError(withGood("extras", "['a', 'z']"))).isEqualTo("/extras forms.answer.option");
        assertThat(onlyError(withGood("extras", "['a', 'a']"))).isEqualTo("/extras forms.answer.option");
        assertThat(onlyError(withGood("express", "'ja'"))).isEqualTo("/express forms.answer.yes-no");
    }

    @Test
    void checksAddressPartsWithTheirOwnPaths() {
        assertThat(onlyError(
                        withGood("anschrift", "{'street': 'Marktplatz 1', 'postcode': '8615', 'city': 'Musterstadt'}")))
                .isEqualTo("/anschrift/postcode forms.answer.postcode");
        assertThat(check(withGood("anschrift", "{'street': '', 'postcode': '86150', 'city': ''}")))
                .extracting(AnswerError::path)
                .containsExactly("/anschrift/street", "/anschrift/city");
        assertThat(onlyError(
                        withGood("anschrift", "{'street': 'A 1', 'postcode': '86150', 'city': 'M', 'land': 'DE'}")))
                .isEqualTo("/anschrift/land forms.answer.unknown-field");
        assertThat(onlyError(withGood("anschrift", "'Marktplatz 1, 86150 Musterstadt'")))
                .isEqualTo("/anschrift forms.answer.address");
        assertThat(check(withGood("anschrift", "{'street': 'A 1', 'postcode': 86150, 'city': 'M'}")))
                .extracting(AnswerError::code)
                .containsExactly("forms.answer.not-text");
    }

    @Test
    void checksFileReferences() {
        String file = "{'file': '0192f0c4-7a3b-7cde-8f00-0123456789ab', 'name': 'n.pdf', 'size': %d, 'type': '%s'}";
        assertThat(onlyError(withGood("nachweis", file.formatted(100, "image/png"))))
                .isEqualTo("/nachweis forms.answer.file-type");
        assertThat(check(withGood("nachweis", file.formatted(100, "image/png")))
                        .get(0)
                        .arguments())
                .containsExactly("Nachweis", "PDF");
        assertThat(onlyError(withGood("nachweis", file.formatted(5 * 1024 * 1024 + 1, "application/pdf"))))
                .isEqualTo("/nachweis forms.answer.file-size");
        assertThat(onlyError(withGood(
                        "nachweis", "{'file': 'nope', 'name': 'n.pdf', 'size': 1, 'type': 'application/pdf'}")))
                .isEqualTo("/nachweis forms.answer.file");
        assertThat(onlyError(withGood("nachweis", "'n.pdf'"))).isEqualTo("/nachweis forms.answer.file");
    }

    @Test
    void checksGroupEntriesWithEntryPaths() {
        assertThat(onlyError(withGood("gegenstaende", "[{'gegenstand': 'Sofa', 'stueck': 0}]")))
                .isEqualTo("/gegenstaende/0/stueck forms.answer.too-small");
        assertThat(check(withGood("gegenstaende", "[{'gegenstand': 'Sofa', 'stueck': 1}, {'stueck': 'zwei'}]")))
                .extracting(error -> error.path() + " " + error.code())
                .containsExactly(
                        "/gegenstaende/1/gegenstand forms.answer.required",
                        "/gegenstaende/1/stueck forms.answer.not-a-number");
        assertThat(check(withGood("gegenstaende", "[{'gegenstand': 'Sofa', 'stueck': 1}, {'stueck': 'zwei'}]"))
                        .get(0)
                        .arguments())
                .containsExactly("Gegenstand (Gegenstände 2)");
        assertThat(onlyError(withGood("gegenstaende", "[{'gegenstand': 'Sofa', 'stueck': 1, 'farbe': 'rot'}]")))
                .isEqualTo("/gegenstaende/0/farbe forms.answer.unknown-field");
        assertThat(onlyError(withGood("gegenstaende", "[]"))).isEqualTo("/gegenstaende forms.answer.required-group");
        String four = "[" + "{'gegenstand': 'x', 'stueck': 1},".repeat(3) + "{'gegenstand': 'x', 'stueck': 1}]";
        assertThat(onlyError(withGood("gegenstaende", four))).isEqualTo("/gegenstaende forms.answer.group-too-many");
        assertThat(onlyError(withGood("gegenstaende", "{'gegenstand': 'x'}")))
                .isEqualTo("/gegenstaende forms.answer.group");
        assertThat(onlyError(withGood("gegenstaende", "['Sofa']"))).isEqualTo("/gegenstaende/0 forms.answer.group");
    }

    @Test
    void refusesUnknownFieldsButNotHiddenOnes() {
        assertThat(onlyError(good().with("hobby", JsonNodeFactory.instance.stringNode("Golf"))))
                .isEqualTo("/hobby forms.answer.unknown-field");
        // a hidden field's answer is a known field: callers drop it with withoutHidden
        assertThat(check(good().with("grund", JsonNodeFactory.instance.stringNode("eilig"))))
                .isEmpty();
    }

    @Test
    void showsConditionalFieldsAndPages() {
        assertThat(onlyError(withGood("express", "true"))).isEqualTo("/grund forms.answer.required");
        assertThat(FormRules.visiblePages(FORM, good()))
                .extracting(FormPage::id)
                .doesNotContain("extra-b");
        Answers withB = withGood("extras", "['a', 'b']");
        assertThat(FormRules.visiblePages(FORM, withB)).extracting(FormPage::id).contains("extra-b");
        assertThat(onlyError(withB)).isEqualTo("/b-text forms.answer.required");
        FormPage selection = FORM.page("auswahl").orElseThrow();
        assertThat(FormRules.visibleFields(selection, withGood("express", "true")))
                .extracting(Field::id)
                .contains("grund");
        assertThat(FormRules.visibleFields(selection, good()))
                .extracting(Field::id)
                .doesNotContain("grund");
        FormPage onlyB = FORM.page("extra-b").orElseThrow();
        assertThat(FormRules.checkPage(FORM, onlyB, good(), TODAY)).isEmpty();
    }

    @Test
    void dropsAnswersOfHiddenFieldsAndOfThoseDependingOnThem() {
        Answers answers = good().with("grund", JsonNodeFactory.instance.stringNode("eilig"))
                .with("b-text", JsonNodeFactory.instance.stringNode("zu B"));
        Answers kept = FormRules.withoutHidden(FORM, answers);
        assertThat(kept.has("grund")).isFalse();
        assertThat(kept.has("b-text")).isFalse();
        assertThat(kept.has("name")).isTrue();
        Answers shown = FormRules.withoutHidden(
                FORM, withGood("extras", "['b']").with("b-text", JsonNodeFactory.instance.stringNode("zu B")));
        assertThat(shown.has("b-text")).isTrue();
    }

    @Test
    void conditionsCompareYesNoAndCheckboxValues() {
        Condition express = new Condition("express", Condition.Test.EQUALS, List.of("true"));
        assertThat(Conditions.holds(express, withGood("express", "true"))).isTrue();
        assertThat(Conditions.holds(express, good())).isFalse();
        Condition notA = new Condition("extras", Condition.Test.NOT_EQUALS, List.of("a"));
        assertThat(Conditions.holds(notA, withGood("extras", "['b']"))).isTrue();
        assertThat(Conditions.holds(notA, withGood("extras", "['b', 'a']"))).isFalse();
        Condition answered = new Condition("email", Condition.Test.ANSWERED, List.of());
        assertThat(Conditions.holds(answered, good())).isTrue();
        assertThat(Conditions.holds(answered, withGood("email", "''"))).isFalse();
        assertThat(Conditions.holds(
                        new Condition("anzahl", Condition.Test.EQUALS, List.of("3")), withGood("anzahl", "3.0")))
                .isTrue();
    }

    @Test
    void computesTheFeeFromBaseAndRules() {
        assertThat(FormRules.fee(FORM, good())).isEqualTo(new BigDecimal("15.00"));
        assertThat(FormRules.fee(FORM, withGood("express", "true"))).isEqualTo(new BigDecimal("45.00"));
        assertThat(FormRules.fee(FORM, good().without("gegenstaende"))).isEqualTo(new BigDecimal("10.00"));
        FormDefinition free = new FormDefinition(
                FORM.format(),
                FORM.key(),
                FORM.title(),
                FORM.service(),
                FORM.access(),
                FORM.start(),
                FORM.pages(),
                null,
                FORM.declaration(),
                FORM.whatHappensNext());
        assertThat(FormRules.fee(free, good())).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void neverThrowsOnStrangeShapes() {
        for (String value : List.of("null", "true", "1e400", "[[[]]]", "{'a': {'b': []}}", "-0", "''", "'\\u0000'")) {
            for (Field field : FORM.fields()) {
                Answers answers = withGood(field.id(), value);
                assertThat(FormRules.checkAll(FORM, answers, TODAY)).isNotNull();
                assertThat(FormRules.fee(FORM, answers)).isNotNull();
            }
        }
    }
}
