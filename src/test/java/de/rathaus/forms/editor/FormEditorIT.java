package de.rathaus.forms.editor;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.FormJson;
import de.rathaus.forms.library.FormEditing;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.FormVersion;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.forms.library.VersionStatus;
import de.rathaus.identity.TestAccounts;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Editors write a form as JSON, check it, preview it, save drafts and publish versions; forms travel
 * between towns by export and import. Only editors and the town's admins get in.
 */
@IntegrationTest
class FormEditorIT {

    static final String DEMO_PASSWORD = "Rathaus-Demo-2026";
    static final String FORMS = "/verwaltung/formulare";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    FormEditing editing;

    @Autowired
    FormLibrary library;

    @Autowired
    FormJson json;

    @Autowired
    JdbcClient jdbc;

    Tenant musterstadt;
    Tenant musterdorf;

    @BeforeEach
    void towns() {
        var accounts = new TestAccounts(context);
        musterstadt = accounts.musterstadt();
        musterdorf = accounts.musterdorf();
    }

    @Test
    void editorsAndAdminsGetInClerksAreRefusedVisitorsSignIn() {
        Visitor editor = staff("localhost", "redaktion@musterstadt.example");
        assertThat(editor.get("/verwaltung").body()).contains("Formulare pflegen", FORMS);
        HttpResponse<String> list = editor.get(FORMS);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Hund anmelden", "hund-anmelden", "Veröffentlicht", "Neues Formular");
        assertThat(staff("localhost", "admin@musterstadt.example").get(FORMS).statusCode())
                .isEqualTo(200);

        Visitor clerk = staff("localhost", "sachbearbeitung@musterstadt.example");
        assertThat(clerk.get(FORMS).statusCode()).isEqualTo(403);
        assertThat(clerk.get(FORMS + "/neu").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/verwaltung").body()).doesNotContain("Formulare pflegen");

        Visitor citizen = new Visitor(port, "localhost");
        HttpResponse<String> refused = citizen.get(FORMS);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(refused)).isEqualTo("/anmelden");
    }

    @Test
    void unreadableJsonIsRefusedWithItsProblemsAndTheTextKept() {
        Visitor editor = staff("localhost", "redaktion@musterstadt.example");
        String key = TestFormDocuments.freshKey();
        String broken =
                TestFormDocuments.document(key).replace("\"title\": \"Ihre Katze\",", "\"title\": \"Ihre Katze\"");
        editor.get(FORMS + "/neu");

        HttpResponse<String> refused = editor.post(FORMS + "/neu", Map.of("definition", broken, "aktion", "speichern"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Es gibt ein Problem", "href=\"#definition\"", "aria-invalid=\"true\"")
                .contains("ist kein gültiges JSON im Format rathaus-form/1")
                .contains(HtmlUtils.htmlEscape(broken).substring(0, 200))
                .contains("Die Vorschau erscheint, sobald das Formular gelesen werden kann");
        assertThat(in(musterstadt, () -> editing.byKey(key))).isEmpty();

        String incomplete = TestFormDocuments.document(key)
                .replace("\"title\": \"Katze anmelden (Test)\",", "")
                .replace("\"id\": \"katze\"", "\"id\": \"Katze!\"");
        HttpResponse<String> checked =
                editor.post(FORMS + "/neu", Map.of("definition", incomplete, "aktion", "pruefen"));

        assertThat(checked.statusCode()).isEqualTo(400);
        assertThat(checked.body())
                .contains("/title: Diese Angabe fehlt.", "/pages/0/id: ", "Das Formular hat 2 Probleme.");

        String unknownService = TestFormDocuments.document(key)
                .replace("\"service\": \"hund-anmelden\"", "\"service\": \"katzen-gibt-es-nicht\"");
        HttpResponse<String> elsewhere =
                editor.post(FORMS + "/neu", Map.of("definition", unknownService, "aktion", "speichern"));

        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body())
                .contains("/service: Die Leistung „katzen-gibt-es-nicht“ gibt es im Leistungskatalog");
        assertThat(in(musterstadt, () -> editing.byKey(key))).isEmpty();
    }

    @Test
    void checkingAndPreviewingShowEveryPageWithoutStoringAnything() {
        Visitor editor = staff("localhost", "redaktion@musterstadt.example");
        String key = TestFormDocuments.freshKey();
        String document = TestFormDocuments.document(key);
        assertThat(editor.get(FORMS + "/neu").body()).contains("neues-formular", "Vorschau", "Ihr Name");

        HttpResponse<String> checked = editor.post(FORMS + "/neu", Map.of("definition", document, "aktion", "pruefen"));
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("Keine Probleme gefunden").doesNotContain("Es gibt ein Problem");

        HttpResponse<String> preview =
                editor.post(FORMS + "/neu", Map.of("definition", document, "aktion", "vorschau"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Seite 1 von 2", "Seite 2 von 2", "Ihre Katze", "Ihre Anschrift")
                .contains("Name der Katze", "So, wie Sie sie rufen.", "Getigert", "Hat die Katze Freigang?")
                .contains("Impfpass", "Kinder im Haushalt", "Postleitzahl")
                .contains("id=\"feld-name\"", "<fieldset class=\"rh-form-preview__fields\" disabled>")
                .contains("Gebühr: 37,00 €");

        HttpResponse<String> live =
                editor.withHeader("HX-Request", "true").post(FORMS + "/vorschau", Map.of("definition", document));
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body())
                .startsWith("<section id=\"vorschau\"")
                .contains("Name der Katze")
                .doesNotContain("<html");
        assertThat(in(musterstadt, () -> editing.byKey(key))).isEmpty();
    }

    @Test
    void aSavedDraftIsPublishedAndAPublishedVersionNeverChanges() {
        Visitor editor = staff("localhost", "redaktion@musterstadt.example");
        String key = TestFormDocuments.freshKey();
        editor.get(FORMS + "/neu");

        HttpResponse<String> saved = editor.post(
                FORMS + "/neu", Map.of("definition", TestFormDocuments.document(key), "aktion", "speichern"));

        assertThat(saved.statusCode()).isEqualTo(302);
        FormId id = in(musterstadt, () -> editing.byKey(key)).orElseThrow();
        assertThat(Visitor.location(saved)).isEqualTo(FORMS + "/" + id.value() + "?gespeichert=1");
        assertThat(editor.get(Visitor.location(saved)).body())
                .contains(
                        "Version 1 ist als Entwurf gespeichert", "Version 1 veröffentlichen", "Katze anmelden (Test)");
        assertThat(in(musterstadt, () -> library.published(key))).isEmpty();

        HttpResponse<String> published =
                editor.post(FORMS + "/" + id.value() + "/versionen/1/veroeffentlichen", Map.of());

        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(published)).isEqualTo(FORMS + "/" + id.value() + "?veroeffentlicht=1");
        assertThat(in(musterstadt, () -> library.published(key)).orElseThrow().version())
                .isEqualTo(1);
        assertThat(auditActions(id)).contains("form.draft-saved", "form.published");

        String changed = TestFormDocuments.document(key).replace("Katze anmelden (Test)", "Katze melden (Test)");
        editor.get(FORMS + "/" + id.value());
        HttpResponse<String> second =
                editor.post(FORMS + "/" + id.value(), Map.of("definition", changed, "aktion", "speichern"));
        assertThat(Visitor.location(second)).isEqualTo(FORMS + "/" + id.value() + "?gespeichert=2");
        PublishedForm stillFirst = in(musterstadt, () -> library.published(key)).orElseThrow();
        assertThat(stillFirst.version()).isEqualTo(1);
        assertThat(stillFirst.definition().title()).isEqualTo("Katze anmelden (Test)");
        assertThat(editor.get(FORMS + "/" + id.value() + "/versionen/1").body())
                .contains("Katze anmelden (Test)", "Veröffentlicht")
                .doesNotContain("Version 1 veröffentlichen");

        editor.get(FORMS + "/" + id.value());
        editor.post(FORMS + "/" + id.value() + "/versionen/2/veroeffentlichen", Map.of());

        PublishedForm now = in(musterstadt, () -> library.published(key)).orElseThrow();
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.definition().title()).isEqualTo("Katze melden (Test)");
        assertThat(in(musterstadt, () -> library.version(id, 1))
                        .orElseThrow()
                        .definition()
                        .title())
                .isEqualTo("Katze anmelden (Test)");
        assertThat(in(musterstadt, () -> editing.versions(id)).stream().map(FormVersion::status))
                .containsExactly(VersionStatus.PUBLISHED, VersionStatus.RETIRED);
        assertThat(editor.get(FORMS).body()).contains("Katze melden (Test)");
    }

    @Test
    void aFormKeepsItsKeyAndANewFormCannotTakeAnExistingOne() {
        Visitor editor = staff("localhost", "redaktion@musterstadt.example");
        String key = TestFormDocuments.freshKey();
        FormId id = in(musterstadt, () -> TestFormDocuments.publish(editing, library, key))
                .id();
        editor.get(FORMS + "/neu");

        HttpResponse<String> taken = editor.post(
                FORMS + "/neu", Map.of("definition", TestFormDocuments.document(key), "aktion", "speichern"));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("/key: Es gibt schon ein Formular mit der Kennung „" + key + "“");

        String otherKey = TestFormDocuments.freshKey();
        HttpResponse<String> renamed = editor.post(
                FORMS + "/" + id.value(),
                Map.of("definition", TestFormDocuments.document(otherKey), "aktion", "speichern"));
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(renamed.body()).contains("/key: Die Kennung eines Formulars bleibt gleich");
        assertThat(in(musterstadt, () -> editing.byKey(otherKey))).isEmpty();
        assertThat(in(musterstadt, () -> editing.versions(id))).hasSize(1);
    }

    @Test
    void aFormExportedByOneTownIsImportedByAnotherAsADraft() {
        String key = TestFormDocuments.freshKey();
        FormId id = in(musterstadt, () -> TestFormDocuments.publish(editing, library, key))
                .id();
        Visitor editor = staff("localhost", "redaktion@musterstadt.example");

        HttpResponse<String> export = editor.get(FORMS + "/" + id.value() + "/export.json");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", key + ".json");
        assertThat(json.read(export.body()))
                .isEqualTo(in(musterstadt, () -> library.published(key))
                        .orElseThrow()
                        .definition());

        Visitor admin = staff("musterdorf.localhost", "admin@musterdorf.example");
        admin.get(FORMS + "/import");
        HttpResponse<String> imported = admin.postMultipart(
                FORMS + "/import",
                Map.of(),
                "datei",
                key + ".json",
                export.body().getBytes(StandardCharsets.UTF_8));

        assertThat(imported.statusCode()).isEqualTo(302);
        FormId copy = in(musterdorf, () -> editing.byKey(key)).orElseThrow();
        assertThat(Visitor.location(imported)).isEqualTo(FORMS + "/" + copy.value() + "?importiert=1");
        assertThat(in(musterdorf, () -> library.published(key))).isEmpty();
        assertThat(in(musterdorf, () -> editing.versions(copy)).getFirst().definition())
                .isEqualTo(in(musterstadt, () -> library.published(key))
                        .orElseThrow()
                        .definition());
        assertThat(admin.get(FORMS + "/" + id.value()).statusCode())
                .as("another town's form")
                .isEqualTo(404);
        assertThat(admin.get(FORMS + "/" + id.value() + "/export.json").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aBrokenImportStoresNothingAndListsEveryProblem() {
        Visitor editor = staff("localhost", "redaktion@musterstadt.example");
        String key = TestFormDocuments.freshKey();
        String twoProblems = TestFormDocuments.document(key)
                .replace("\"title\": \"Ihre Anschrift\",", "")
                .replace(
                        "\"type\": \"RADIO\", \"label\": \"Fellfarbe\", \"options\": [{\"value\": \"schwarz\", \"label\": \"Schwarz\"}, {\"value\": \"getigert\", \"label\": \"Getigert\"}]",
                        "\"type\": \"RADIO\", \"label\": \"Fellfarbe\"");
        editor.get(FORMS + "/import");

        HttpResponse<String> refused = editor.postMultipart(
                FORMS + "/import", Map.of(), "datei", "katze.json", twoProblems.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Nichts wurde importiert: Die Datei hat 2 Probleme.", "href=\"#datei\"")
                .contains("/pages/0/fields/2/options", "/pages/1/title")
                .contains("Ein Auswahlfeld braucht Antwortmöglichkeiten");
        assertThat(in(musterstadt, () -> editing.byKey(key))).isEmpty();

        HttpResponse<String> notText = editor.postMultipart(
                FORMS + "/import", Map.of(), "datei", "katze.json", new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b});
        assertThat(notText.statusCode()).isEqualTo(400);
        assertThat(notText.body()).contains("keine Textdatei in UTF-8");

        HttpResponse<String> noFile = editor.postMultipart(FORMS + "/import", Map.of(), "datei", "", new byte[0]);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("Wählen Sie eine Datei aus.");
    }

    private List<String> auditActions(FormId id) {
        return jdbc.sql(
                        "select action from platform.audit_entry where tenant_id = ? and object_type = 'form' and object_id = ?")
                .params(musterstadt.id().value(), id.value().toString())
                .query(String.class)
                .list();
    }

    private Visitor staff(String host, String email) {
        Visitor visitor = new Visitor(port, host).withHeader("X-Forwarded-For", "198.51.100.150");
        assertThat(visitor.signIn(email, DEMO_PASSWORD).statusCode()).isEqualTo(302);
        return visitor;
    }

    private static <T> T in(Tenant town, Supplier<T> work) {
        return CurrentTenant.runAs(town, work);
    }
}
