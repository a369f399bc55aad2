package de.rathaus.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What makes a form definition unusable, each problem with its place in the document. */
class DefinitionCheckTest {

    static final DefinitionCheck CHECK = new DefinitionCheck(TestForms.JSON);

    static ObjectNode document() {
        return (ObjectNode) TestForms.JSON.parse(TestForms.resource("/forms/all-types.json"));
    }

    static List<String> problems(Consumer<ObjectNode> change) {
        ObjectNode document = document();
        change.accept(document);
        return switch (CHECK.check(document.toString())) {
            case CheckedDefinition.Valid valid -> List.of();
            case CheckedDefinition.Invalid invalid ->
                invalid.problems().stream()
                        .map(problem -> problem.path() + " " + problem.code())
                        .toList();
        };
    }

    static ObjectNode at(ObjectNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    static JsonNode json(String text) {
        return TestForms.JSON.parse(text.replace('\'', '"'));
    }

    @Test
    void acceptsAGoodDefinition() {
        assertThat(problems(document -> {})).isEmpty();
    }

    /** A change to the test form, as "pointer|member|new JSON value|expected problem". */
    static final List<String> BROKEN = List.of(
            "||'format'|'rathaus-form/2'|/format forms.definition.format",
            "||'key'|'Alle Felder'|/key forms.definition.id",
            "||'title'|'  '|/title forms.definition.required",
            "||'declaration'|''|/declaration forms.definition.required",
            "||'pages'|[]|/pages forms.definition.no-pages",
            "/start||'duration'|''|/start/duration forms.definition.required",
            "/pages/1||'id'|'texte'|/pages/1/id forms.definition.duplicate-id",
            "/pages/1||'fields'|[]|/pages/1/fields forms.definition.empty-page",
            "/pages/0/fields/1||'id'|'name'|/pages/0/fields/1/id forms.definition.duplicate-id",
            "/pages/0/fields/1||'id'|'Kenn_zeichen'|/pages/0/fields/1/id forms.definition.id",
            "/pages/1/fields/0||'options'|[]|/pages/1/fields/0/options forms.definition.no-options",
            "/pages/1/fields/0||'options'|[{'value': 'rot', 'label': 'Rot'}, {'value': 'rot', 'label': 'Rosa'}]|/pages/1/fields/0/options/1/value forms.definition.duplicate-option",
            "/pages/0/fields/0||'options'|[{'value': 'a', 'label': 'A'}]|/pages/0/fields/0/options forms.definition.options-not-allowed",
            "/pages/0/fields/0||'rules'|{'minLength': 5, 'maxLength': 3}|/pages/0/fields/0/rules/minLength forms.definition.min-above-max",
            "/pages/0/fields/0||'rules'|{'min': 1}|/pages/0/fields/0/rules/min forms.definition.rule-not-applicable",
            "/pages/0/fields/2||'rules'|{'pattern': '[0-9'}|/pages/0/fields/2/rules/pattern forms.definition.pattern",
            "/pages/0/fields/4||'rules'|{'min': 10, 'max': 1}|/pages/0/fields/4/rules/min forms.definition.min-above-max",
            "/pages/0/fields/6||'rules'|{'earliest': 'gestern'}|/pages/0/fields/6/rules/earliest forms.definition.date-rule",
            "/pages/3/fields/1||'rules'|{'maxSizeMb': 50}|/pages/3/fields/1/rules/maxSizeMb forms.definition.out-of-range",
            "/pages/3/fields/1||'rules'|{'accept': ['application/zip']}|/pages/3/fields/1/rules/accept/0 forms.definition.accept",
            "/pages/3/fields/2||'fields'|[]|/pages/3/fields/2/fields forms.definition.empty-group",
            "/pages/3/fields/2/fields/0||'type'|'FILE'|/pages/3/fields/2/fields/0/type forms.definition.group-nesting",
            "/pages/3/fields/2/fields/0||'id'|'name'|/pages/3/fields/2/fields/0/id forms.definition.duplicate-id",
            "/pages/3/fields/2/fields/0||'showIf'|{'field': 'name', 'test': 'ANSWERED'}|/pages/3/fields/2/fields/0/showIf forms.definition.condition-in-group",
            "/pages/1/fields/4/showIf||'field'|'b-text'|/pages/1/fields/4/showIf/field forms.definition.condition-field",
            "/pages/1/fields/4/showIf||'field'|'grund'|/pages/1/fields/4/showIf/field forms.definition.condition-field",
            "/pages/1/fields/4/showIf||'values'|['ja']|/pages/1/fields/4/showIf/values/0 forms.definition.condition-value",
            "/pages/2/showIf||'values'|['c']|/pages/2/showIf/values/0 forms.definition.condition-value",
            "/pages/2/showIf||'values'|[]|/pages/2/showIf/values forms.definition.condition-values",
            "/pages/2/showIf||'field'|'anschrift'|/pages/2/showIf/field forms.definition.condition-field",
            "/pages/3/fields/1||'showIf'|{'field': 'anschrift', 'test': 'EQUALS', 'values': ['x']}|/pages/3/fields/1/showIf/test forms.definition.condition-test",
            "/pages/0/fields/0||'prefill'|'EMAIL'|/pages/0/fields/0/prefill forms.definition.prefill",
            "/fee/rules/1||'perItemOf'|'name'|/fee/rules/1/perItemOf forms.definition.fee-per-item",
            "/fee||'base'|-1|/fee/base forms.definition.amount",
            "/fee/rules/0||'amount'|1.005|/fee/rules/0/amount forms.definition.amount",
            "/pages/0/fields/0||'requierd'|true|/pages/0/fields/0/requierd forms.definition.unreadable",
            "/pages/0/fields/0||'type'|'SIGNATURE'|/pages/0/fields/0/type forms.definition.unreadable",
            "/pages/0/fields/0||'required'|'yes'|/pages/0/fields/0/required forms.definition.unreadable");

    @ParameterizedTest
    @FieldSource("BROKEN")
    void findsTheProblemWhereItIs(String example) {
        String[] parts = example.split("\\|");
        List<String> problems =
                problems(document -> at(document, parts[0]).set(json(parts[2]).stringValue(), json(parts[3])));

        // removing something others refer to also breaks the references: the cause comes first
        assertThat(problems).first().isEqualTo(parts[4]);
    }

    @Test
    void reportsMissingMembersInsteadOfFailing() {
        assertThat(problems(document -> {
                    document.remove("title");
                    document.remove("access");
                    at(document, "/pages/0/fields/0").remove("type");
                    at(document, "/pages/0/fields/0").remove("label");
                }))
                .containsExactly(
                        "/title forms.definition.required",
                        "/access forms.definition.access",
                        "/pages/0/fields/0/label forms.definition.required",
                        "/pages/0/fields/0/type forms.definition.required");
    }

    @Test
    void refusesTextThatIsNotJson() {
        CheckedDefinition checked = CHECK.check("{\"format\": ");

        assertThat(checked)
                .isInstanceOfSatisfying(
                        CheckedDefinition.Invalid.class,
                        invalid -> assertThat(invalid.problems())
                                .singleElement()
                                .satisfies(problem ->
                                        assertThat(problem.code()).isEqualTo("forms.definition.unreadable")));
    }

    @Test
    void aConditionMayNotLookAhead() {
        assertThat(problems(document ->
                        at(document, "/pages/0").set("showIf", json("{'field': 'groesse', 'test': 'ANSWERED'}"))))
                .containsExactly("/pages/0/showIf/field forms.definition.condition-field");
    }
}
