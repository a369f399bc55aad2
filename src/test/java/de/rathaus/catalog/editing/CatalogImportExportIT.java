package de.rathaus.catalog.editing;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.store.CatalogEditing;
import de.rathaus.catalog.store.CatalogJson;
import de.rathaus.catalog.store.Entry;
import de.rathaus.catalog.store.EntryKind;
import de.rathaus.catalog.store.PublishedCatalog;
import de.rathaus.catalog.store.ServiceCard;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A town shares its catalogue as JSON, another imports it; services also come from CSV. */
@IntegrationTest
class CatalogImportExportIT {

    static final String IMPORT = "/verwaltung/katalog/import";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogEditing editing;

    @Autowired
    PublishedCatalog published;

    @Autowired
    CatalogJson json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCatalogueExportedByOneTownIsImportedByAnother() {
        EditingTown source = EditingTown.create(context, port, true, true);
        HttpResponse<String> export = source.editor.get("/verwaltung/katalog/export");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(
                        "attachment",
                        "katalog-" + source.town.slug() + "-" + LocalDate.now(ZoneId.of("Europe/Berlin")) + ".json");
        assertThat(json.document(new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8)))
                        .services())
                .hasSize(3);
        assertThat(actions(source)).contains("catalog.exported");

        EditingTown target = EditingTown.create(context, port, false, false);
        assertThat(target.editor.get(IMPORT).body()).contains("Katalog importieren (JSON)", "Vorlage herunterladen");
        HttpResponse<String> imported = uploads(target)
                .upload(
                        IMPORT,
                        IMPORT,
                        "datei",
                        "katalog.json",
                        export.body().getBytes(StandardCharsets.UTF_8),
                        Map.of("veroeffentlichen", "entwuerfe"));

        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(target.editor.get(Visitor.location(imported)).body())
                .contains("Import abgeschlossen", "Neu: 4, neue Version: 0, unverändert: 0, veröffentlicht: 0.");
        assertThat(target.in(() -> editing.entries(EntryKind.SERVICE)))
                .extracting(Entry::slug)
                .containsExactlyInAnyOrder("wohnsitz-anmelden", "gewerbe-anmelden", "fuehrerschein");
        assertThat(target.in(() -> published.services()))
                .as("imported as drafts")
                .isEmpty();
        assertThat(actions(target)).contains("catalog.imported");

        HttpResponse<String> again = uploads(target)
                .upload(
                        IMPORT,
                        IMPORT,
                        "datei",
                        "katalog.json",
                        export.body().getBytes(StandardCharsets.UTF_8),
                        Map.of("veroeffentlichen", "sofort"));
        assertThat(target.editor.get(Visitor.location(again)).body())
                .contains("Neu: 0, neue Version: 0, unverändert: 4, veröffentlicht: 4.");
        assertThat(target.in(() -> published.services()))
                .extracting(ServiceCard::slug)
                .hasSize(3);
    }

    @Test
    void aRefusedOrUnreadableFileImportsNothing() {
        EditingTown town = EditingTown.create(context, port, false, false);
        String refusedFile = """
                {"format": "rathaus-catalog/1", "services": [
                  {"slug": "gut", "content": {"name": "Gut", "teaser": "Gut.", "externalAuthority": {"name": "Amt"}}},
                  {"slug": "schlecht", "content": {"name": "", "teaser": "<script>alert(1)</script>", "office": "nirgends"}}
                ]}
                """;
        HttpResponse<String> refused = uploads(town)
                .upload(IMPORT, IMPORT, "datei", "k.json", refusedFile.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Es gibt ein Problem", "href=\"#datei\"", "Die Datei hat 2 Probleme")
                .contains("services[1].content.name", "Bitte füllen Sie dieses Feld aus.")
                .contains("services[1].content.office", "Dieses Amt gibt es nicht.");
        assertThat(town.in(() -> editing.entries(EntryKind.SERVICE))).isEmpty();

        for (String unreadable :
                List.of("{\"format\": ", "{\"format\": \"rathaus-catalog/1\", \"unbekannt\": 1}", "<xml/>")) {
            HttpResponse<String> bad = uploads(town)
                    .upload(IMPORT, IMPORT, "datei", "k.json", unreadable.getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(bad.statusCode()).as(unreadable).isEqualTo(400);
            assertThat(bad.body())
                    .contains("Die Datei ist keine lesbare Katalogdatei (JSON)", "Es wurde nichts importiert.");
        }
        HttpResponse<String> wrongFormat = uploads(town)
                .upload(
                        IMPORT,
                        IMPORT,
                        "datei",
                        "k.json",
                        "{\"format\": \"anderes/2\"}".getBytes(StandardCharsets.UTF_8),
                        Map.of());
        assertThat(wrongFormat.statusCode()).isEqualTo(422);
        assertThat(wrongFormat.body()).contains("Das ist keine Katalogdatei von Rathaus");

        HttpResponse<String> empty = uploads(town).upload(IMPORT, IMPORT, "datei", "leer.json", new byte[0], Map.of());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Wählen Sie eine Datei aus.");

        byte[] huge = new byte[(int) ExchangeController.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> tooLarge = uploads(town).upload(IMPORT, IMPORT, "datei", "gross.json", huge, Map.of());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Die Datei ist zu groß");
        assertThat(town.in(() -> editing.entries(EntryKind.SERVICE))).isEmpty();
    }

    @Test
    void servicesComeInFromAGermanSpreadsheet() {
        EditingTown town = EditingTown.create(context, port, true, false);
        HttpResponse<String> template = town.editor.get(IMPORT + "/vorlage.csv");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(template.body()).startsWith("\uFEFFslug;name;kurztext;");

        String csv =
                "\uFEFFslug;name;kurztext;unterlagen;gebuehr;gebuehr_von;gebuehr_bis;amt;lebenslagen;suchbegriffe;leika;persoenlich;vertraulich\r\n"
                        + "sperrmuell;Sperrmüll anmelden;\"Große Möbel; alte Geräte: \"\"Sperrmüll\"\" holen wir ab.\";Adresse|Liste der Gegenstände;;10,50;45,00;buergeramt;umzug;Sperrmüll|Müllabfuhr;;nein;nein\r\n"
                        + "kirchenaustritt;Kirchenaustritt erklären;\"Sie treten aus der Kirche aus.\nDas geht nur persönlich.\";Personalausweis;30,00;;;buergeramt;;Austritt;;ja;ja\r\n";
        HttpResponse<String> imported = uploads(town)
                .upload(
                        IMPORT,
                        IMPORT + "/csv",
                        "tabelle",
                        "leistungen.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        Map.of("veroeffentlichen", "sofort"));

        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(town.editor.get(Visitor.location(imported)).body())
                .contains("Neu: 2, neue Version: 0, unverändert: 0, veröffentlicht: 2.");
        ServiceContent sperrmuell =
                town.in(() -> published.service("sperrmuell")).orElseThrow().content();
        assertThat(sperrmuell.teaser()).isEqualTo("Große Möbel; alte Geräte: \"Sperrmüll\" holen wir ab.");
        assertThat(sperrmuell.documents()).containsExactly("Adresse", "Liste der Gegenstände");
        assertThat(sperrmuell.fees().getFirst().minAmount()).isEqualByComparingTo("10.50");
        assertThat(sperrmuell.fees().getFirst().maxAmount()).isEqualByComparingTo("45");
        assertThat(sperrmuell.keywords()).containsExactly("Sperrmüll", "Müllabfuhr");
        ServiceContent austritt = town.in(() -> published.service("kirchenaustritt"))
                .orElseThrow()
                .content();
        assertThat(austritt.confidential()).isTrue();
        assertThat(austritt.inPerson()).isTrue();
        assertThat(austritt.teaser()).isEqualTo("Sie treten aus der Kirche aus.\nDas geht nur persönlich.");
    }

    @Test
    void spreadsheetErrorsAreNamedByLineAndColumnAndNothingIsImported() {
        EditingTown town = EditingTown.create(context, port, true, false);
        String csv = "slug;name;kurztext;gebuehr;amt;leika;persoenlich\n"
                + "gut;Gut;Eine gute Leistung.;5;buergeramt;;nein\n"
                + "\"Böse Zeile\";;\"<b>fett</b>\";zwölf;nirgends;123;vielleicht\n"
                + "gut;Doppelt;Noch einmal.;;buergeramt;;\n";
        HttpResponse<String> refused = uploads(town)
                .upload(IMPORT, IMPORT + "/csv", "tabelle", "l.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("href=\"#tabelle\"")
                .contains("Geben Sie den Betrag als Zahl an", "Schreiben Sie „ja“ oder „nein“.")
                .doesNotContain("<b>fett</b>");
        int rows = town.in(() -> editing.entries(EntryKind.SERVICE)).size();
        assertThat(rows).isEqualTo(3);

        String fixedAmounts = csv.replace("zwölf", "12").replace("vielleicht", "ja");
        HttpResponse<String> rules = uploads(town)
                .upload(
                        IMPORT,
                        IMPORT + "/csv",
                        "tabelle",
                        "l.csv",
                        fixedAmounts.getBytes(StandardCharsets.UTF_8),
                        Map.of());
        assertThat(rules.statusCode()).isEqualTo(422);
        assertThat(rules.body())
                .containsPattern("<td>3</td>\\s*<td><code>slug</code></td>\\s*<td>Die Kurzadresse darf nur")
                .containsPattern("<td>3</td>\\s*<td><code>name</code></td>\\s*<td>Bitte füllen Sie")
                .containsPattern("<td>3</td>\\s*<td><code>amt</code></td>\\s*<td>Dieses Amt gibt es nicht.")
                .containsPattern("<td>3</td>\\s*<td><code>leika</code></td>\\s*<td>Ein LeiKa-Schlüssel")
                .containsPattern("<td>4</td>\\s*<td><code>slug</code></td>\\s*<td>Dieser Eintrag kommt doppelt vor.");
        assertThat(town.in(() -> editing.entries(EntryKind.SERVICE))).hasSize(3);

        HttpResponse<String> latin1 = uploads(town)
                .upload(
                        IMPORT,
                        IMPORT + "/csv",
                        "tabelle",
                        "l.csv",
                        "slug;name;kurztext\nä;Ä;ö\n".getBytes(StandardCharsets.ISO_8859_1),
                        Map.of());
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(latin1.body()).contains("nicht als UTF-8 gespeichert");
        HttpResponse<String> openQuote = uploads(town)
                .upload(
                        IMPORT,
                        IMPORT + "/csv",
                        "tabelle",
                        "l.csv",
                        "slug;name;kurztext\na;\"offen;x\n".getBytes(StandardCharsets.UTF_8),
                        Map.of());
        assertThat(openQuote.statusCode()).isEqualTo(422);
        assertThat(openQuote.body()).contains("Ein Text in Anführungszeichen endet nicht.");
        assertThat(actions(town)).contains("catalog.import-refused");
    }

    private Uploads uploads(EditingTown town) {
        return new Uploads(port, town.host, town.editor);
    }

    private List<String> actions(EditingTown town) {
        return jdbc.sql("select action from platform.audit_entry where tenant_id = ? order by seq")
                .param(town.town.id().value())
                .query(String.class)
                .list();
    }
}
