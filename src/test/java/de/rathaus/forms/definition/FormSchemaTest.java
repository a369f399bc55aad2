package de.rathaus.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.rathaus.forms.FormId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.node.ObjectNode;

/** The JSON Schema derived from a form: valid 2020-12, and in agreement with the form's rules. */
class FormSchemaTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final SchemaCheck CHECK = new SchemaCheck();
    static final List<String> DEMO_FORMS = DemoFormsTest.KEYS;

    static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(FormSchema.DIALECT));

    @ParameterizedTest
    @FieldSource("DEMO_FORMS")
    void demoFormSchemaIsAValidDraft202012Schema(String key) {
        ObjectNode schema = FormSchema.of(DemoFormsTest.demo(key));

        assertThat(META_SCHEMA.validate(schema)).isEmpty();
        assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("additionalProperties").booleanValue()).isFalse();
    }

    @ParameterizedTest
    @FieldSource("DEMO_FORMS")
    void demoFormSchemaAcceptsTheGoodAnswers(String key) {
        FormDefinition form = DemoFormsTest.demo(key);

        assertThat(CHECK.check(
                        new FormId(UUID.randomUUID()),
                        1,
                        form,
                        DemoFormsTest.answers(key).toJson()))
                .isEmpty();
    }

    @Test
    void requiresOnlyUnconditionalRequiredFields() {
        ObjectNode schema = FormSchema.of(DemoFormsTest.demo("gewerbeanmeldung"));

        assertThat(schema.get("required").valueStream().map(node -> node.stringValue()))
                .contains("nachname", "rechtsform", "taetigkeit")
                .doesNotContain("registernummer", "vorinhaber", "erlaubnis-nachweis", "geburtsname");
        assertThat(schema.at("/properties/registernummer/pattern").stringValue())
                .isEqualTo("^(?:(HR[AB] ?[0-9]{1,6}( ?[A-Z]{1,2})?)|beantragt)$");
        assertThat(schema.at("/properties/betriebsanschrift/additionalProperties")
                        .booleanValue())
                .isFalse();
        assertThat(schema.at("/properties/erlaubnis-nachweis/properties/size/maximum")
                        .longValue())
                .isEqualTo(10L * 1024 * 1024);
    }

    /** Answers that break one rule; the schema and the rules both refuse them, at the same place. */
    static final List<String> BAD = List.of(
            "name|'E'|/name forms.answer.too-short",
            "name|42|/name forms.answer.not-text",
            "kennzeichen|'ms ab 1'|/kennzeichen forms.answer.pattern",
            "code|'12a4'|/code forms.answer.format",
            "beschreibung|'xxxxxxxxxxxxxxxxxxxxxxxxx'|/beschreibung forms.answer.too-long",
            "anzahl|'drei'|/anzahl forms.answer.not-a-number",
            "anzahl|11|/anzahl forms.answer.too-large",
            "anzahl|0|/anzahl forms.answer.too-small",
            "betrag|12.345|/betrag forms.answer.not-money",
            "betrag|'12,50'|/betrag forms.answer.not-money",
            "geburtsdatum|'2026-02-30'|/geburtsdatum forms.answer.date",
            "email|'erika@'|/email forms.answer.email",
            "telefon|'0821 12x'|/telefon forms.answer.phone",
            "iban|'de89'|/iban forms.answer.iban",
            "farbe|'gruen'|/farbe forms.answer.option",
            "groesse|['klein']|/groesse forms.answer.option",
            "extras|['a', 'z']|/extras forms.answer.option",
            "extras|['a', 'a']|/extras forms.answer.option",
            "express|'ja'|/express forms.answer.yes-no",
            "anschrift|{'street': 'A 1', 'postcode': '8615', 'city': 'M'}|/anschrift/postcode forms.answer.postcode",
            "anschrift|{'street': 'A 1', 'postcode': '86150'}|/anschrift/city forms.answer.city",
            "anschrift|{'street': 'A 1', 'postcode': '86150', 'city': 'M', 'land': 'DE'}|/anschrift/land forms.answer.unknown-field",
            "anschrift|'Marktplatz 1'|/anschrift forms.answer.address",
            "nachweis|{'file': '0192f0c4-7a3b-7cde-8f00-0123456789ab', 'name': 'n.png', 'size': 10, 'type': 'image/png'}|/nachweis forms.answer.file-type",
            "nachweis|{'file': '0192f0c4-7a3b-7cde-8f00-0123456789ab', 'name': 'n.pdf', 'size': 99999999, 'type': 'application/pdf'}|/nachweis forms.answer.file-size",
            "nachweis|{'file': 'nope', 'name': 'n.pdf', 'size': 10, 'type': 'application/pdf'}|/nachweis forms.answer.file",
            "nachweis|{'name': 'n.pdf', 'size': 10, 'type': 'application/pdf'}|/nachweis forms.answer.file",
            "gegenstaende|[{'gegenstand': 'Sofa', 'stueck': 0}]|/gegenstaende/0/stueck forms.answer.too-small",
            "gegenstaende|[{'stueck': 1}]|/gegenstaende/0/gegenstand forms.answer.required",
            "gegenstaende|[{'gegenstand': 'Sofa', 'stueck': 1, 'x': 1}]|/gegenstaende/0/x forms.answer.unknown-field",
            "gegenstaende|[]|/gegenstaende forms.answer.required-group",
            "gegenstaende|'Sofa'|/gegenstaende forms.answer.group",
            "hobby|'Golf'|/hobby forms.answer.unknown-field");

    @ParameterizedTest
    @FieldSource("BAD")
    void schemaAndRulesAgreeOnBadAnswers(String example) {
        String[] parts = example.split("\\|");
        FormDefinition form = TestForms.allTypes();
        ObjectNode answers = FormRulesTest.good().toJson();
        answers.set(parts[0], TestForms.JSON.parse(parts[1].replace('\'', '"')));

        List<AnswerError> bySchema = CHECK.check(form, answers);
        List<AnswerError> byRules = FormRules.checkAll(form, Answers.of(answers), TODAY);

        assertThat(byRules).extracting(e -> e.path() + " " + e.code()).containsExactly(parts[2]);
        assertThat(bySchema).extracting(e -> e.path() + " " + e.code()).containsExactly(parts[2]);
        assertThat(bySchema.get(0).arguments()).isEqualTo(byRules.get(0).arguments());
    }

    @Test
    void schemaAndRulesAgreeOnGoodAnswers() {
        FormDefinition form = TestForms.allTypes();

        assertThat(CHECK.check(form, FormRulesTest.good().toJson())).isEmpty();
        assertThat(FormRules.checkAll(form, FormRulesTest.good(), TODAY)).isEmpty();
    }

    @Test
    void reportsMissingRequiredFieldsWithTheirLabel() {
        List<AnswerError> errors =
                CHECK.check(TestForms.allTypes(), TestForms.answers("{}").toJson());

        assertThat(errors)
                .extracting(e -> e.path() + " " + e.code() + " " + e.arguments())
                .containsExactlyInAnyOrder(
                        "/name forms.answer.required [Name]",
                        "/groesse forms.answer.required-choice [Größe]",
                        "/anschrift forms.answer.required-address [Anschrift]",
                        "/gegenstaende forms.answer.required-group [Gegenstände]");
    }

    @Test
    void refusesWhatIsNotAnObject() {
        assertThat(CHECK.check(TestForms.allTypes(), TestForms.JSON.parse("[1, 2]")))
                .singleElement()
                .satisfies(error -> assertThat(error.code()).isEqualTo("forms.answer.schema"));
    }

    @Test
    void refusesAbsurdNumbersWithoutComputingThem() {
        ObjectNode answers = FormRulesTest.good().toJson();
        answers.set("betrag", TestForms.JSON.parse("1e999999999"));
        answers.set("anzahl", TestForms.JSON.parse("-1e-999999999"));

        assertThat(CHECK.check(TestForms.allTypes(), answers))
                .extracting(e -> e.path() + " " + e.code())
                .containsExactlyInAnyOrder("/betrag forms.answer.not-money", "/anzahl forms.answer.not-a-number");
        assertThat(FormRules.checkAll(TestForms.allTypes(), Answers.of(answers), TODAY))
                .extracting(e -> e.path() + " " + e.code())
                .containsExactlyInAnyOrder("/betrag forms.answer.not-money", "/anzahl forms.answer.not-a-number");
    }

    @Test
    void aPatternThatWouldTakeForeverRefusesTheAnswerInstead() {
        FormDefinition form = TestForms.JSON.read(TestForms.resource("/forms/all-types.json")
                .replace("\"pattern\": \"[0-9]{4}\"", "\"pattern\": \"(a+)+b\""));
        ObjectNode answers = FormRulesTest.good().toJson();
        answers.put("code", "a".repeat(60) + "!");

        assertThat(FormRules.checkAll(form, Answers.of(answers), TODAY))
                .extracting(e -> e.path() + " " + e.code())
                .containsExactly("/code forms.answer.format");
        assertThat(CHECK.check(form, answers))
                .extracting(e -> e.path() + " " + e.code())
                .containsExactly("/code forms.answer.format");
        answers.put("code", "aaab");
        assertThat(CHECK.check(form, answers)).isEmpty();
    }
}
