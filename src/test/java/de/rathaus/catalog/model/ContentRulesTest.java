package de.rathaus.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentRulesTest {

    static final ContentRules.References TOWN = new ContentRules.References() {
        @Override
        public boolean hasOffice(String slug) {
            return slug.equals("buergerbuero");
        }

        @Override
        public boolean hasLifeSituation(String slug) {
            return slug.equals("umzug");
        }

        @Override
        public boolean hasService(String slug) {
            return slug.equals("wohnsitz-anmelden");
        }
    };

    @Test
    void aCompleteServiceHasNoProblems() {
        assertThat(ContentRules.check(service(List.of("99115001001000"), List.of(fee("37.00", null, null))), TOWN))
                .isEmpty();
    }

    @Test
    void leikaKeysHaveFourteenDigits() {
        assertThat(ContentRules.isLeikaKey("99115001001000")).isTrue();
        assertThat(ContentRules.isLeikaKey("9911500100100")).isFalse();
        assertThat(ContentRules.isLeikaKey("99115001001000 ")).isFalse();
        assertThat(ContentRules.isLeikaKey("9911500100100a")).isFalse();
        assertThat(ContentRules.check(service(List.of("123", "99115001001000", "99115001001000"), List.of()), TOWN))
                .containsExactly(
                        new ContentProblem("leikaKeys[0]", "catalog.invalid.leika-key"),
                        new ContentProblem("leikaKeys[2]", "catalog.invalid.duplicate"));
    }

    @Test
    void feesAreAnAmountOrAnOrderedRange() {
        assertThat(ContentRules.check(
                        service(
                                List.of(),
                                List.of(
                                        fee(null, null, null),
                                        fee("1.00", "1.00", "2.00"),
                                        fee(null, "5.00", "2.00"),
                                        fee(null, "5.00", null),
                                        fee("-1.00", null, null),
                                        fee(null, "0.00", "12.50"))),
                        TOWN))
                .containsExactly(
                        new ContentProblem("fees[0].amount", "catalog.invalid.fee-amount-missing"),
                        new ContentProblem("fees[1].amount", "catalog.invalid.fee-amount-and-range"),
                        new ContentProblem("fees[2].maxAmount", "catalog.invalid.fee-range-order"),
                        new ContentProblem("fees[3].maxAmount", "catalog.invalid.fee-range-incomplete"),
                        new ContentProblem("fees[4].amount", "catalog.invalid.negative"));
    }

    @Test
    void onlyWebAddressesAreLinks() {
        assertThat(ContentRules.isWebAddress("https://www.musterstadt.example/formular.pdf"))
                .isTrue();
        assertThat(ContentRules.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(ContentRules.isWebAddress("data:text/html,<script>")).isFalse();
        assertThat(ContentRules.isWebAddress("https://")).isFalse();
    }

    @Test
    void referencesMustExistAndSomeoneMustBeResponsible() {
        ServiceContent nobody = ServiceContent.named("Etwas");
        assertThat(ContentRules.check(nobody, TOWN))
                .containsExactly(
                        new ContentProblem("teaser", "catalog.invalid.required"),
                        new ContentProblem("office", "catalog.invalid.responsible-missing"));
        FaqContent faq = new FaqContent("Frage?", "Antwort.", List.of(), List.of("gibt-es-nicht"));
        assertThat(ContentRules.check(faq, TOWN))
                .containsExactly(new ContentProblem("services[0]", "catalog.invalid.unknown-service"));
    }

    @Test
    void slugsAreLowerCaseWords() {
        assertThat(ContentRules.isSlug("hund-anmelden")).isTrue();
        assertThat(ContentRules.isSlug("Hund-anmelden")).isFalse();
        assertThat(ContentRules.isSlug("hund--anmelden")).isFalse();
        assertThat(ContentRules.isSlug("hündin")).isFalse();
        assertThat(ContentRules.isSlug("a".repeat(81))).isFalse();
    }

    @Test
    void localHolidaysMustExist() {
        assertThat(ContentRules.check(new LocalHoliday("Friedensfest", 8, 8, null)))
                .isEmpty();
        assertThat(ContentRules.check(new LocalHoliday("Schalttag", 2, 29, null)))
                .isEmpty();
        assertThat(ContentRules.check(new LocalHoliday("Nie", 2, 30, null)))
                .containsExactly(new ContentProblem("day", "catalog.invalid.date"));
    }

    private static ServiceContent service(List<String> leikaKeys, List<FeeItem> fees) {
        return new ServiceContent(
                "Wohnsitz anmelden",
                leikaKeys,
                "Nach dem Umzug anmelden.",
                "",
                "",
                List.of("Ausweis"),
                "",
                fees,
                "",
                "",
                List.of(),
                "",
                "",
                List.of(new Link("Formular", "https://www.musterstadt.example/f.pdf")),
                null,
                "",
                "buergerbuero",
                null,
                List.of("Ummeldung"),
                true,
                false,
                List.of("umzug"));
    }

    private static FeeItem fee(String amount, String min, String max) {
        return new FeeItem("Gebühr", decimal(amount), decimal(min), decimal(max), "EUR", null);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
