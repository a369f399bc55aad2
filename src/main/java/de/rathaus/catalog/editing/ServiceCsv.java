package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.CatalogDocument;
import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.model.FeeItem;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.model.ServiceEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Services from a spreadsheet: a CSV file with {@code ;} between cells, UTF-8, a header row naming
 * the columns (any order; only {@code slug}, {@code name} and {@code kurztext} are required), one
 * service per row. In list columns {@code |} separates the entries. The rows become a catalogue
 * document with services only, so the import applies the same rules, all or nothing.
 */
final class ServiceCsv {

    /** A problem in a cell ({@code column} null where the whole row or file is meant). */
    record Problem(int line, @Nullable String column, String code) {}

    /** The services read, or why not; {@code lines} is the line of each service's row. */
    record Read(CatalogDocument document, List<Integer> lines, List<Problem> problems) {}

    static final char SEPARATOR = ';';

    /** The columns, in the order of the template file. */
    static final List<String> COLUMNS = List.of(
            "slug",
            "name",
            "kurztext",
            "volltext",
            "voraussetzungen",
            "unterlagen",
            "ablauf",
            "gebuehr",
            "gebuehr_von",
            "gebuehr_bis",
            "fristen",
            "bearbeitungsdauer",
            "rechtsgrundlagen",
            "hinweise",
            "rechtsbehelf",
            "amt",
            "lebenslagen",
            "suchbegriffe",
            "leika",
            "persoenlich",
            "vertraulich");

    private static final Set<String> REQUIRED = Set.of("slug", "name", "kurztext");

    /** Which column holds each field of the content, for naming problems the rules find. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(
            Map.entry("slug", "slug"),
            Map.entry("name", "name"),
            Map.entry("teaser", "kurztext"),
            Map.entry("description", "volltext"),
            Map.entry("requirements", "voraussetzungen"),
            Map.entry("documents", "unterlagen"),
            Map.entry("procedure", "ablauf"),
            Map.entry("fees.amount", "gebuehr"),
            Map.entry("fees.minAmount", "gebuehr_von"),
            Map.entry("fees.maxAmount", "gebuehr_bis"),
            Map.entry("deadlines", "fristen"),
            Map.entry("processingTime", "bearbeitungsdauer"),
            Map.entry("legalBases", "rechtsgrundlagen"),
            Map.entry("notes", "hinweise"),
            Map.entry("legalRemedy", "rechtsbehelf"),
            Map.entry("office", "amt"),
            Map.entry("lifeSituations", "lebenslagen"),
            Map.entry("keywords", "suchbegriffe"),
            Map.entry("leikaKeys", "leika"));

    private static final Pattern SERVICE_PATH =
            Pattern.compile("services\\[(\\d+)]\\.(?:content\\.)?(\\w+)(?:\\[\\d+])?(?:\\.(\\w+))?");

    private ServiceCsv() {}

    static Read read(String text) {
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text, SEPARATOR);
        } catch (Csv.Unreadable e) {
            return failed(new Problem(e.line(), null, "catalog.editing.csv.quote"));
        }
        if (rows.isEmpty()) {
            return failed(new Problem(1, null, "catalog.editing.csv.empty"));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> header = new HashMap<>();
        List<String> names = rows.getFirst().cells();
        for (int i = 0; i < names.size(); i++) {
            String column = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                problems.add(new Problem(1, column, "catalog.editing.csv.unknown-column"));
            } else if (header.putIfAbsent(column, i) != null) {
                problems.add(new Problem(1, column, "catalog.editing.csv.duplicate-column"));
            }
        }
        REQUIRED.stream()
                .filter(column -> !header.containsKey(column))
                .sorted()
                .forEach(column -> problems.add(new Problem(1, column, "catalog.editing.csv.missing-column")));
        if (!problems.isEmpty()) {
            return new Read(emptyDocument(), List.of(), problems);
        }
        List<ServiceEntry> services = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.cells().size() > names.size()) {
                problems.add(new Problem(row.line(), null, "catalog.editing.csv.too-many-cells"));
                continue;
            }
            services.add(service(new Cells(row, header), problems));
            lines.add(row.line());
        }
        if (services.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, null, "catalog.editing.csv.no-rows"));
        }
        return new Read(
                new CatalogDocument(
                        CatalogDocument.FORMAT, null, List.of(), List.of(), List.of(), List.of(), services, List.of()),
                lines,
                problems);
    }

    /** Puts the import's problems ({@code services[2].content.fees[0].amount}) on line and column. */
    static List<Problem> locate(List<ContentProblem> problems, List<Integer> lines) {
        return problems.stream()
                .map(problem -> {
                    Matcher m = SERVICE_PATH.matcher(problem.field());
                    if (!m.matches() || Integer.parseInt(m.group(1)) >= lines.size()) {
                        return new Problem(1, null, problem.code());
                    }
                    String field = m.group(3) == null ? m.group(2) : m.group(2) + "." + m.group(3);
                    String column = COLUMN_OF.getOrDefault(field, COLUMN_OF.get(m.group(2)));
                    if (column == null && m.group(2).equals("fees")) {
                        column = "gebuehr";
                    }
                    return new Problem(lines.get(Integer.parseInt(m.group(1))), column, problem.code());
                })
                .toList();
    }

    /** The template file: the header and one example row. */
    static String template() {
        List<String> example = List.of(
                "hund-anmelden",
                "Hund anmelden",
                "Melden Sie Ihren Hund innerhalb von zwei Wochen an; Sie erhalten eine Steuermarke.",
                "Wer in der Stadt einen Hund hält, zahlt Hundesteuer.\n\n- Ersthund: 90 € im Jahr\n- jeder weitere Hund: 150 € im Jahr",
                "Sie halten einen Hund, der älter als drei Monate ist.",
                "Personalausweis|Nachweis über die Haftpflichtversicherung",
                "Sie füllen das Formular aus und schicken es an die Kämmerei.",
                "",
                "90,00",
                "150,00",
                "Zwei Wochen nach Beginn der Haltung",
                "etwa eine Woche",
                "Hundesteuersatzung der Stadt",
                "Geben Sie „Kampfhunde“ gesondert an.",
                "Widerspruch innerhalb eines Monats",
                "kaemmerei",
                "",
                "Hundesteuer|Hundemarke|Hund ummelden",
                "",
                "nein",
                "nein");
        return "\uFEFF" + String.join(";", COLUMNS) + "\r\n"
                + example.stream().map(cell -> Csv.cell(cell, SEPARATOR)).collect(Collectors.joining(";"))
                + "\r\n";
    }

    private static ServiceEntry service(Cells cells, List<Problem> problems) {
        List<FeeItem> fees = new ArrayList<>();
        BigDecimal amount = cells.amount("gebuehr", problems);
        BigDecimal from = cells.amount("gebuehr_von", problems);
        BigDecimal to = cells.amount("gebuehr_bis", problems);
        if (amount != null || from != null || to != null) {
            fees.add(new FeeItem("Gebühr", amount, from, to, "EUR", null));
        }
        ServiceContent content = new ServiceContent(
                cells.text("name"),
                cells.list("leika"),
                cells.text("kurztext"),
                cells.text("volltext"),
                cells.text("voraussetzungen"),
                cells.list("unterlagen"),
                cells.text("ablauf"),
                fees,
                cells.text("fristen"),
                cells.text("bearbeitungsdauer"),
                cells.list("rechtsgrundlagen"),
                cells.text("hinweise"),
                cells.text("rechtsbehelf"),
                List.of(),
                null,
                "",
                cells.text("amt"),
                null,
                cells.list("suchbegriffe"),
                cells.yesNo("persoenlich", problems),
                cells.yesNo("vertraulich", problems),
                cells.list("lebenslagen"));
        return new ServiceEntry(cells.text("slug"), content);
    }

    private static Read failed(Problem problem) {
        return new Read(emptyDocument(), List.of(), List.of(problem));
    }

    private static CatalogDocument emptyDocument() {
        return new CatalogDocument(
                CatalogDocument.FORMAT, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The cells of one row by column name; a short row has empty cells at its end. */
    private record Cells(Csv.Row row, Map<String, Integer> header) {

        String text(String column) {
            Integer index = header.get(column);
            return index == null || index >= row.cells().size()
                    ? ""
                    : row.cells().get(index).strip();
        }

        List<String> list(String column) {
            return Arrays.stream(text(column).split("\\|"))
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .toList();
        }

        @Nullable
        BigDecimal amount(String column, List<Problem> problems) {
            try {
                return Amounts.parse(text(column)).orElse(null);
            } catch (Amounts.Unreadable e) {
                problems.add(new Problem(row.line(), column, "catalog.editing.amount.unreadable"));
                return null;
            }
        }

        boolean yesNo(String column, List<Problem> problems) {
            return switch (text(column).toLowerCase(Locale.GERMAN)) {
                case "ja", "j", "x", "1", "yes", "true", "wahr" -> true;
                case "", "nein", "n", "0", "no", "false", "falsch", "-" -> false;
                default -> {
                    problems.add(new Problem(row.line(), column, "catalog.editing.csv.yes-no"));
                    yield false;
                }
            };
        }
    }
}
