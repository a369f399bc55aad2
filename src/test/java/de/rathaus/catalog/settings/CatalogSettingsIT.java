package de.rathaus.catalog.settings;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.Visitor;
import de.rathaus.catalog.model.FederalState;
import de.rathaus.catalog.model.LocalHoliday;
import de.rathaus.catalog.model.OfficeData;
import de.rathaus.catalog.store.Holidays;
import de.rathaus.catalog.store.Location;
import de.rathaus.catalog.store.OfficeProfile;
import de.rathaus.catalog.store.OfficeProfiles;
import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Editors keep offices and holidays of Musterstadt; the test puts back what it changed. */
@IntegrationTest
class CatalogSettingsIT {

    static final String DEMO_PASSWORD = "Rathaus-Demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    Holidays holidays;

    @Autowired
    OfficeProfiles offices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    Tenant musterstadt;
    FederalState originalState;
    List<LocalHoliday> originalHolidays;
    OfficeProfile originalOffice;

    @BeforeEach
    void remember() {
        musterstadt = tenants.bySlug("musterstadt").orElseThrow();
        CurrentTenant.runAs(musterstadt, () -> {
            originalState = holidays.federalState();
            originalHolidays = holidays.local();
            originalOffice = offices.bySlug("kaemmerei").orElseThrow();
        });
    }

    @AfterEach
    void restore() {
        CurrentTenant.runAs(musterstadt, () -> {
            holidays.setFederalState(originalState);
            holidays.replaceLocal(originalHolidays);
            OfficeProfile o = originalOffice;
            offices.save(new OfficeData(
                    o.office().slug(),
                    o.office().name(),
                    o.office().email(),
                    o.office().phone(),
                    o.description(),
                    o.postalAddress(),
                    o.openingHours(),
                    o.openingNote(),
                    o.locations().stream().map(Location::slug).toList()));
        });
    }

    Visitor signedIn(String email) {
        Visitor visitor = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.91");
        assertThat(visitor.signIn(email, DEMO_PASSWORD).statusCode()).isEqualTo(302);
        return visitor;
    }

    @Test
    void anEditorSetsTheStateAndLocalHolidays() {
        Visitor editor = signedIn("redaktion@musterstadt.example");
        assertThat(editor.get("/verwaltung").body()).contains("/verwaltung/katalog/aemter");

        HttpResponse<String> saved = editor.post(
                "/verwaltung/katalog/feiertage",
                Map.of("federalState", "SN", "localHolidays", "08.08. Friedensfest\n01.07.2031 Stadtjubiläum"));

        assertThat(saved.statusCode()).isEqualTo(302);
        CurrentTenant.runAs(musterstadt, () -> {
            assertThat(holidays.federalState()).isEqualTo(FederalState.SN);
            assertThat(holidays.isHoliday(LocalDate.of(2031, 7, 1))).isTrue();
            assertThat(holidays.isHoliday(LocalDate.of(2032, 7, 1))).isFalse();
            assertThat(holidays.isHoliday(LocalDate.of(2026, 11, 18))).isTrue(); // Buß- und Bettag in Saxony
        });
        assertThat(editor.get("/verwaltung/katalog/feiertage").body())
                .contains("Friedensfest", "Buß- und Bettag", "Die Feiertage sind gespeichert.");
        assertThat(auditEntries("catalog.holidays.changed")).isPositive();
    }

    @Test
    void unreadableLinesAreNamedAndNothingIsSaved() {
        Visitor editor = signedIn("redaktion@musterstadt.example");
        editor.get("/verwaltung/katalog/feiertage");

        HttpResponse<String> refused = editor.post(
                "/verwaltung/katalog/feiertage",
                Map.of("federalState", "XX", "localHolidays", "Friedensfest <script>alert(1)</script>"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Wählen Sie das Bundesland aus.", "Zeile 1: Diese Zeile verstehe ich nicht.")
                .contains("Friedensfest &lt;script&gt;")
                .doesNotContain("<script>alert(1)");
        CurrentTenant.runAs(
                musterstadt, () -> assertThat(holidays.federalState()).isEqualTo(originalState));
    }

    @Test
    void anEditorKeepsAnOfficesHours() {
        Visitor editor = signedIn("redaktion@musterstadt.example");
        assertThat(editor.get("/verwaltung/katalog/aemter").body()).contains("Kämmerei");

        HttpResponse<String> saved = editor.post(
                "/verwaltung/katalog/aemter/kaemmerei",
                Map.of(
                        "name", "Kämmerei",
                        "email", "kaemmerei@musterstadt.example",
                        "phone", "08231 960-400",
                        "description", "Steuern und Abgaben.",
                        "postalAddress", "Marktplatz 1, 86150 Musterstadt",
                        "openingHours", "Mo–Fr 08:00–12:00\nDo 14:00–17:30",
                        "openingNote", ""));

        assertThat(saved.statusCode()).isEqualTo(302);
        CurrentTenant.runAs(musterstadt, () -> {
            OfficeProfile profile = offices.bySlug("kaemmerei").orElseThrow();
            assertThat(profile.description()).isEqualTo("Steuern und Abgaben.");
            assertThat(profile.openingHours()).hasSize(2);
            assertThat(profile.openingHours().get(1).days()).containsExactly(DayOfWeek.THURSDAY);
        });

        HttpResponse<String> refused = editor.post(
                "/verwaltung/katalog/aemter/kaemmerei",
                Map.of("name", "", "email", "kein-at", "openingHours", "Mo–Fr 08:00–12:00\nmanchmal"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Bitte füllen Sie dieses Feld aus.", "Geben Sie eine E-Mail-Adresse", "Zeile 2:")
                .contains("manchmal");
        assertThat(editor.get("/verwaltung/katalog/aemter/gibt-es-nicht").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aClerkMayNotChangeThem() {
        Visitor clerk = signedIn("sachbearbeitung@musterstadt.example");

        assertThat(clerk.get("/verwaltung/katalog/feiertage").statusCode()).isEqualTo(403);
        assertThat(clerk.post("/verwaltung/katalog/feiertage", Map.of("federalState", "BE"))
                        .statusCode())
                .isEqualTo(403);
        CurrentTenant.runAs(
                musterstadt, () -> assertThat(holidays.federalState()).isEqualTo(originalState));
    }

    @Test
    void anEditorOfAnotherTownAddsAnOfficeAndALocation() {
        TestAccounts accounts = new TestAccounts(context);
        Tenant town = TestTenants.fresh(tenants);
        Account member = accounts.demoStaff(town, new RoleGrant(Role.EDITOR, null));
        Visitor editor = new Visitor(port, town.slug() + ".localhost");
        assertThat(editor.signIn(member.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(302);
        editor.get("/verwaltung/katalog/standorte/neu");

        HttpResponse<String> badLocation = editor.post(
                "/verwaltung/katalog/standorte/neu",
                Map.of("slug", "Neu!", "name", "", "street", "Am Markt 2", "postalCode", "123", "city", "Teststadt"));
        assertThat(badLocation.statusCode()).isEqualTo(400);
        assertThat(badLocation.body()).contains("Eine Postleitzahl hat fünf Ziffern.", "Die Kurzadresse darf nur");

        HttpResponse<String> location = editor.post(
                "/verwaltung/katalog/standorte/neu",
                Map.of(
                        "slug", "buergerhaus",
                        "name", "Bürgerhaus",
                        "street", "Am Markt 2",
                        "postalCode", "12345",
                        "city", "Teststadt",
                        "stepFree", "true",
                        "accessibility", "Rampe am Eingang.",
                        "publicTransport", "Bus 4"));
        assertThat(location.statusCode()).isEqualTo(302);
        assertThat(editor.post("/verwaltung/katalog/standorte/neu", Map.of("slug", "buergerhaus", "name", "X"))
                        .body())
                .contains("Diese Kurzadresse ist schon vergeben.");

        assertThat(Visitor.location(editor.post(
                        "/verwaltung/katalog/aemter/neu", Map.of("slug", "jugendamt", "name", "Jugendamt"))))
                .endsWith("/verwaltung/katalog/aemter/jugendamt");
        HttpResponse<String> office = editor.post(
                "/verwaltung/katalog/aemter/jugendamt",
                Map.of("name", "Jugendamt", "openingHours", "Mo 08:00-12:00", "locations", "buergerhaus"));
        assertThat(office.statusCode()).isEqualTo(302);

        CurrentTenant.runAs(town, () -> {
            OfficeProfile profile = offices.bySlug("jugendamt").orElseThrow();
            assertThat(profile.locations()).extracting(Location::name).containsExactly("Bürgerhaus");
            assertThat(profile.locations().getFirst().data().stepFree()).isTrue();
        });
        CurrentTenant.runAs(
                musterstadt, () -> assertThat(offices.bySlug("jugendamt")).isEmpty());
        assertThat(editor.get("/verwaltung/katalog/aemter/kaemmerei").statusCode())
                .isEqualTo(404);
    }

    private long auditEntries(String action) {
        return jdbc.sql("select count(*) from platform.audit_entry where tenant_id = ? and action = ?")
                .params(musterstadt.id().value(), action)
                .query(Long.class)
                .single();
    }
}
