package de.rathaus.catalog.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsCellsSeparatedBySemicolons() {
        assertThat(Csv.parse("a;b;c\n1;2;3\n", ';'))
                .containsExactly(new Csv.Row(1, List.of("a", "b", "c")), new Csv.Row(2, List.of("1", "2", "3")));
    }

    @Test
    void quotedCellsHoldSeparatorsQuotesAndLineBreaks() {
        List<Csv.Row> rows = Csv.parse("name;text\r\n\"Hund; Katze\";\"Er sagte \"\"ja\"\"\nund ging\"\r\nx;y", ';');

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).isEqualTo(new Csv.Row(2, List.of("Hund; Katze", "Er sagte \"ja\"\nund ging")));
        assertThat(rows.get(2))
                .as("the line after a cell with a line break")
                .isEqualTo(new Csv.Row(4, List.of("x", "y")));
    }

    @Test
    void skipsTheByteOrderMarkAndEmptyLinesKeepsEmptyCells() {
        assertThat(Csv.parse("\uFEFFslug;name\n\n;Ärger\n", ';'))
                .containsExactly(new Csv.Row(1, List.of("slug", "name")), new Csv.Row(3, List.of("", "Ärger")));
        assertThat(Csv.parse("a;;\n", ';')).containsExactly(new Csv.Row(1, List.of("a", "", "")));
    }

    @Test
    void anUnterminatedQuoteNamesTheLineItStartsOn() {
        assertThatThrownBy(() -> Csv.parse("a;b\n1;\"offen\n2;3\n", ';'))
                .isInstanceOfSatisfying(
                        Csv.Unreadable.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void writesCellsThatReadBackTheSame() {
        String value = "Er sagte \"ja\"; dann\nging er";
        String line = Csv.cell(value, ';') + ";plain";

        assertThat(Csv.parse(line, ';').getFirst().cells()).containsExactly(value, "plain");
        assertThat(Csv.cell("einfach", ';')).isEqualTo("einfach");
    }

    @Test
    void readsGermanAndEnglishAmounts() {
        assertThat(Amounts.parse("12,50")).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("12.50"));
        assertThat(Amounts.parse("1.234,56 €"))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1234.56"));
        assertThat(Amounts.parse("1.234")).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1234"));
        assertThat(Amounts.parse("12.5")).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("12.5"));
        assertThat(Amounts.parse(" ")).isEmpty();
        assertThatThrownBy(() -> Amounts.parse("zwölf")).isInstanceOf(Amounts.Unreadable.class);
        assertThatThrownBy(() -> Amounts.parse("-5")).isInstanceOf(Amounts.Unreadable.class);
        assertThat(Amounts.format(new java.math.BigDecimal("12.5"))).isEqualTo("12,50");
        assertThat(Amounts.format(new java.math.BigDecimal("90.00"))).isEqualTo("90");
    }

    @Test
    void theTemplateReadsAsOneValidRow() {
        ServiceCsv.Read read = ServiceCsv.read(ServiceCsv.template());

        assertThat(read.problems()).isEmpty();
        assertThat(read.document().services()).hasSize(1);
        var content = read.document().services().getFirst().content();
        assertThat(content.documents()).containsExactly("Personalausweis", "Nachweis über die Haftpflichtversicherung");
        assertThat(content.fees().getFirst().minAmount()).isEqualByComparingTo("90");
        assertThat(content.description()).contains("\n\n- Ersthund");
    }

    @Test
    void namesLinesAndColumnsOfWhatItCannotRead() {
        ServiceCsv.Read read = ServiceCsv.read("slug;name;kurztext;gebuehr;persoenlich;farbe\n");
        assertThat(read.problems())
                .containsExactly(new ServiceCsv.Problem(1, "farbe", "catalog.editing.csv.unknown-column"));

        read = ServiceCsv.read("slug;name\nhund;Hund\n");
        assertThat(read.problems())
                .containsExactly(new ServiceCsv.Problem(1, "kurztext", "catalog.editing.csv.missing-column"));

        read = ServiceCsv.read("slug;name;kurztext;gebuehr;persoenlich\na;A;x;zwölf;vielleicht\nb;B;y;1;ja;zu viel\n");
        assertThat(read.problems())
                .containsExactly(
                        new ServiceCsv.Problem(2, "gebuehr", "catalog.editing.amount.unreadable"),
                        new ServiceCsv.Problem(2, "persoenlich", "catalog.editing.csv.yes-no"),
                        new ServiceCsv.Problem(3, null, "catalog.editing.csv.too-many-cells"));
    }

    @Test
    void putsTheImportsProblemsOnLineAndColumn() {
        var problems = ServiceCsv.locate(
                List.of(
                        new de.rathaus.catalog.model.ContentProblem(
                                "services[1].content.teaser", "catalog.invalid.required"),
                        new de.rathaus.catalog.model.ContentProblem(
                                "services[0].content.fees[0].maxAmount", "catalog.invalid.fee-range-order"),
                        new de.rathaus.catalog.model.ContentProblem("services[1].slug", "catalog.invalid.duplicate"),
                        new de.rathaus.catalog.model.ContentProblem(
                                "services[0].content.lifeSituations[2]", "catalog.invalid.unknown-life-situation")),
                List.of(2, 5));

        assertThat(problems)
                .containsExactly(
                        new ServiceCsv.Problem(5, "kurztext", "catalog.invalid.required"),
                        new ServiceCsv.Problem(2, "gebuehr_bis", "catalog.invalid.fee-range-order"),
                        new ServiceCsv.Problem(5, "slug", "catalog.invalid.duplicate"),
                        new ServiceCsv.Problem(2, "lebenslagen", "catalog.invalid.unknown-life-situation"));
    }
}
