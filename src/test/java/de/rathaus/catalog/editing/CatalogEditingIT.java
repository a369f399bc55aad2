package de.rathaus.catalog.editing;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.catalog.store.CatalogEditing;
import de.rathaus.catalog.store.Entry;
import de.rathaus.catalog.store.EntryKind;
import de.rathaus.catalog.store.PublishedCatalog;
import de.rathaus.catalog.store.PublishedFaq;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenants;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor writes, previews, publishes and withdraws services and FAQs through the staff pages;
 * citizens' published catalogue follows. Each test works in a throw-away town of its own.
 */
@IntegrationTest
class CatalogEditingIT {

    static final String DEMO_PASSWORD = "Rathaus-Demo-2026";
    static final String SERVICES = "/verwaltung/katalog/leistungen";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogEditing editing;

    @Autowired
    PublishedCatalog published;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    EditingTown town;

    @BeforeEach
    void town() {
        town = EditingTown.create(context, port, true, false);
    }

    @Test
    void anEditorWritesPreviewsPublishesAndWithdrawsAService() {
        Visitor editor = town.editor;
        assertThat(editor.get("/verwaltung").body()).contains("Leistungen und Fragen pflegen", SERVICES);
        assertThat(editor.get(SERVICES).body()).contains("Wohnsitz anmelden", "Entwurf", "3 Einträge");
        assertThat(editor.get(SERVICES + "/neu").statusCode()).isEqualTo(200);

        Map<String, String> typed = new HashMap<>(Map.of(
                "slug", "hund-anmelden",
                "name", "Hund anmelden",
                "teaser", "",
                "fees[0].label", "Hundesteuer",
                "fees[0].amount", "zwölf",
                "fees[0].currency", "EUR",
                "leikaKeys", "99108001000000\n\n123",
                "office", ""));
        HttpResponse<String> refused = editor.post(SERVICES + "/neu", typed);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Es gibt ein Problem")
                .contains("href=\"#teaser\"", "href=\"#fees[0].amount\"", "href=\"#office\"", "href=\"#leikaKeys\"")
                .contains("id=\"fees[0].amount\"")
                .contains("Bitte füllen Sie dieses Feld aus.")
                .contains("Geben Sie den Betrag als Zahl an")
                .contains("Zeile 3: Ein LeiKa-Schlüssel hat genau 14 Ziffern.")
                .contains("Geben Sie die zuständige Stelle an")
                .contains("value=\"Hund anmelden\"", "value=\"zw&ouml;lf\"", "99108001000000");
        assertThat(town.in(() -> editing.entryBySlug(EntryKind.SERVICE, "hund-anmelden")))
                .isEmpty();

        typed.put("aktion", "gebuehr");
        HttpResponse<String> extraRow = editor.post(SERVICES + "/neu", typed);
        assertThat(extraRow.statusCode()).isEqualTo(200);
        assertThat(extraRow.body())
                .contains("Gebühr 2", "id=\"fees[1].label\"", "value=\"zw&ouml;lf\"")
                .doesNotContain("Es gibt ein Problem");

        typed.remove("aktion");
        typed.putAll(Map.of(
                "teaser", "Melden Sie Ihren Hund an.",
                "fees[0].amount", "90,00",
                "fees[1].label", "",
                "fees[1].currency", "EUR",
                "leikaKeys", "99108001000000",
                "office", "buergeramt",
                "documents", "Personalausweis\nNachweis der Haftpflicht",
                "lifeSituations", "umzug",
                "confidential", "true",
                "description", "Wer einen Hund hält, zahlt Steuer.\n\n- Ersthund 90 €\n- Zweithund 150 €"));
        HttpResponse<String> created = editor.post(SERVICES + "/neu", typed);

        assertThat(created.statusCode()).isEqualTo(302);
        String edit = Visitor.location(created).replace("?gespeichert", "");
        assertThat(edit).matches(SERVICES + "/[0-9a-f-]{36}");
        assertThat(editor.get(Visitor.location(created)).body())
                .contains("Version 1 ist als Entwurf gespeichert", "value=\"90\"");
        Entry entry = town.in(() -> editing.entryBySlug(EntryKind.SERVICE, "hund-anmelden"))
                .orElseThrow();
        assertThat(town.in(() -> editing.serviceVersion(entry.id(), 1)).orElseThrow())
                .satisfies(content -> {
                    assertThat(content.fees()).hasSize(1);
                    assertThat(content.fees().getFirst().amount()).isEqualByComparingTo("90");
                    assertThat(content.confidential()).isTrue();
                    assertThat(content.lifeSituations()).containsExactly("umzug");
                    assertThat(content.documents()).containsExactly("Personalausweis", "Nachweis der Haftpflicht");
                });

        assertThat(editor.get(edit + "/vorschau").body())
                .contains(
                        "Hund anmelden",
                        "Melden Sie Ihren Hund an.",
                        "Hundesteuer: 90,00\u00a0€",
                        "Bürgeramt",
                        "Nicht öffentlich")
                .contains("<li>Ersthund 90 €</li>", "Vertraulich");
        assertThat(town.in(() -> published.service("hund-anmelden"))).isEmpty();

        HttpResponse<String> publish = editor.post(edit + "/veroeffentlichen", Map.of("version", "1"));
        assertThat(Visitor.location(publish)).isEqualTo(edit + "/versionen?veroeffentlicht=1");
        assertThat(town.in(() -> published.service("hund-anmelden")))
                .hasValueSatisfying(s -> assertThat(s.content().teaser()).isEqualTo("Melden Sie Ihren Hund an."));

        editor.get(edit);
        typed.put("teaser", "Hunde melden Sie in der Kämmerei an.");
        typed.put("slug", "wird-ignoriert");
        assertThat(editor.post(edit, typed).statusCode()).isEqualTo(302);
        assertThat(editor.get(SERVICES + "?status=neuer-entwurf").body())
                .contains("Hund anmelden", "Veröffentlicht, neuer Entwurf", "Ein Eintrag")
                .doesNotContain("Wohnsitz anmelden");
        assertThat(town.in(() -> published.service("hund-anmelden"))
                        .orElseThrow()
                        .content()
                        .teaser())
                .as("citizens still see version 1")
                .isEqualTo("Melden Sie Ihren Hund an.");

        assertThat(editor.get(edit + "/versionen").body())
                .contains("Version 2", "Version 1", "Test Mitarbeiterin", "Sichtbar");
        assertThat(editor.get(edit + "/versionen/1").body())
                .contains("Melden Sie Ihren Hund an.", "Diese Version wieder als Entwurf übernehmen");
        HttpResponse<String> adopted = editor.post(edit + "/versionen/1/uebernehmen", Map.of());
        assertThat(Visitor.location(adopted)).isEqualTo(edit + "?uebernommen=1");
        assertThat(editor.get(Visitor.location(adopted)).body())
                .contains("Version 1 ist jetzt wieder der neueste Entwurf (Version 3)");
        assertThat(town.in(() -> editing.serviceVersion(entry.id(), 3))
                        .orElseThrow()
                        .teaser())
                .isEqualTo("Melden Sie Ihren Hund an.");

        editor.get(edit + "/versionen");
        HttpResponse<String> withdrawn = editor.post(edit + "/zurueckziehen", Map.of());
        assertThat(Visitor.location(withdrawn)).isEqualTo(edit + "/versionen?zurueckgezogen");
        assertThat(town.in(() -> published.service("hund-anmelden"))).isEmpty();
        assertThat(auditActions())
                .contains(
                        "catalog.service.created",
                        "catalog.service.saved",
                        "catalog.service.published",
                        "catalog.service.withdrawn");
    }

    @Test
    void anEditorWritesAndPublishesAQuestion() {
        Visitor editor = town.editor;
        assertThat(editor.get("/verwaltung/katalog/fragen").body()).contains("Kann ich mich online ummelden?");
        editor.get("/verwaltung/katalog/fragen/neu");

        HttpResponse<String> refused = editor.post(
                "/verwaltung/katalog/fragen/neu", Map.of("slug", "Hund?", "question", "Wie teuer ist ein Hund?"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#slug\"", "href=\"#answer\"", "value=\"Wie teuer ist ein Hund?\"");

        HttpResponse<String> created = editor.post(
                "/verwaltung/katalog/fragen/neu",
                Map.of(
                        "slug", "hund-kosten",
                        "question", "Wie teuer ist ein Hund?",
                        "answer", "Die Hundesteuer kostet 90 € im Jahr.",
                        "keywords", "Hundesteuer\nKosten",
                        "services", "wohnsitz-anmelden"));
        assertThat(created.statusCode()).isEqualTo(302);
        String edit = Visitor.location(created).replace("?gespeichert", "");
        assertThat(editor.get(edit + "/vorschau").body())
                .contains("Die Hundesteuer kostet 90 € im Jahr.", "Wohnsitz anmelden");

        editor.post(edit + "/veroeffentlichen", Map.of("version", "1"));
        assertThat(town.in(() -> published.faqs()))
                .extracting(PublishedFaq::slug)
                .contains("hund-kosten");
        assertThat(auditActions()).contains("catalog.faq.created", "catalog.faq.published");
    }

    @Test
    void badInputGivesFieldMessagesNeverAServerError() {
        Visitor editor = town.editor;
        editor.get(SERVICES + "/neu");
        HttpResponse<String> hostile = editor.post(
                SERVICES + "/neu",
                Map.of(
                        "slug", "<script>alert(1)</script>",
                        "name", "x".repeat(5000),
                        "teaser", "'; drop table catalog.entry; -- 🐕",
                        "office", "gibt-es-nicht",
                        "fees[0].label", "Gebühr",
                        "fees[0].minAmount", "50",
                        "fees[0].maxAmount", "10",
                        "forms[0].title", "Antrag",
                        "forms[0].url", "javascript:alert(1)",
                        "lifeSituations", "<b>fremd</b>"));

        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(hostile.body())
                .contains(
                        "Die Kurzadresse darf nur Kleinbuchstaben",
                        "Der Text ist zu lang.",
                        "Dieses Amt gibt es nicht.")
                .contains(
                        "Der Betrag „bis“ muss mindestens so hoch sein",
                        "Geben Sie eine vollständige Internetadresse an")
                .contains("Diese Lebenslage gibt es nicht.")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "🐕")
                .doesNotContain("<script>alert(1)");
        assertThat(town.in(() -> editing.entries(EntryKind.SERVICE))).hasSize(3);

        assertThat(editor.get(SERVICES + "/keine-uuid").statusCode()).isEqualTo(400);
        assertThat(editor.get(SERVICES + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        Entry entry = town.in(() -> editing.entryBySlug(EntryKind.SERVICE, "wohnsitz-anmelden"))
                .orElseThrow();
        assertThat(editor.get(SERVICES + "/" + entry.id() + "/versionen/7").statusCode())
                .isEqualTo(404);
        editor.get(SERVICES + "/" + entry.id());
        assertThat(editor.post(SERVICES + "/" + entry.id() + "/veroeffentlichen", Map.of("version", "7"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(editor.get(SERVICES + "?status=%3Cscript%3E").statusCode()).isEqualTo(200);
        assertThat(editor.get("/verwaltung/katalog/unsinn/" + entry.id() + "/versionen")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyEditorsAndTownAdminsGetIn() {
        Visitor clerk = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.94");
        assertThat(clerk.signIn("sachbearbeitung@musterstadt.example", DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(302);
        assertThat(clerk.get(SERVICES).statusCode()).isEqualTo(403);
        assertThat(clerk.get("/verwaltung/katalog/export").statusCode()).isEqualTo(403);
        assertThat(clerk.post(SERVICES + "/neu", Map.of("slug", "x")).statusCode())
                .isEqualTo(403);
        assertThat(clerk.get("/verwaltung").body()).doesNotContain("Leistungen und Fragen pflegen");

        Visitor admin = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.94");
        admin.signIn("admin@musterstadt.example", DEMO_PASSWORD);
        assertThat(admin.get(SERVICES).statusCode()).isEqualTo(200);

        Visitor anonymous = new Visitor(port, town.host);
        HttpResponse<String> login = anonymous.get(SERVICES);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(login)).isEqualTo("/anmelden");

        HttpResponse<String> noToken = town.editor.postRaw(
                SERVICES + "/neu",
                Map.of("slug", "ohne-token", "name", "Ohne Token", "teaser", "x", "office", "buergeramt"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(town.in(() -> editing.entryBySlug(EntryKind.SERVICE, "ohne-token")))
                .isEmpty();
    }

    @Test
    void anotherTownsEditorCannotReachThisTownsEntries() {
        Entry musterstadtEntry = CurrentTenant.runAs(
                tenants.bySlug("musterstadt").orElseThrow(),
                () -> editing.entries(EntryKind.SERVICE).getFirst());
        Entry mine = town.in(() -> editing.entryBySlug(EntryKind.SERVICE, "wohnsitz-anmelden"))
                .orElseThrow();

        Visitor musterdorf = new Visitor(port, "musterdorf.localhost").withHeader("X-Forwarded-For", "198.51.100.95");
        assertThat(musterdorf.signIn("admin@musterdorf.example", DEMO_PASSWORD).statusCode())
                .isEqualTo(302);
        for (Entry foreign : List.of(musterstadtEntry, mine)) {
            assertThat(musterdorf.get(SERVICES + "/" + foreign.id()).statusCode())
                    .isEqualTo(404);
            assertThat(musterdorf
                            .get(SERVICES + "/" + foreign.id() + "/versionen")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(musterdorf
                            .get(SERVICES + "/" + foreign.id() + "/vorschau")
                            .statusCode())
                    .isEqualTo(404);
        }
        musterdorf.get(SERVICES);
        assertThat(musterdorf
                        .post(SERVICES + "/" + mine.id() + "/veroeffentlichen", Map.of("version", "1"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(musterdorf
                        .post(SERVICES + "/" + mine.id() + "/zurueckziehen", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(musterdorf.get(SERVICES).body()).doesNotContain(mine.id().toString());
        assertThat(town.in(() -> published.service("wohnsitz-anmelden"))).isEmpty();
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from platform.audit_entry where tenant_id = ? order by seq")
                .param(town.town.id().value())
                .query(String.class)
                .list();
    }
}
