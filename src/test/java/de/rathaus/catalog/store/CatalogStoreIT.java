package de.rathaus.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.catalog.Catalog;
import de.rathaus.catalog.ClosedDay;
import de.rathaus.catalog.ServiceId;
import de.rathaus.catalog.ServiceSummary;
import de.rathaus.catalog.model.CatalogDocument;
import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.model.FederalState;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CatalogStoreIT {

    static final Author EDITOR = Author.system("Test-Redaktion");

    @Autowired
    Tenants tenants;

    @Autowired
    CatalogImport importer;

    @Autowired
    CatalogExport export;

    @Autowired
    CatalogEditing editing;

    @Autowired
    PublishedCatalog published;

    @Autowired
    OfficeProfiles offices;

    @Autowired
    LifeSituations lifeSituations;

    @Autowired
    Holidays holidays;

    @Autowired
    CatalogJson json;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    Tenant town;

    @BeforeEach
    void freshTown() {
        town = TestTenants.fresh(tenants);
    }

    @Test
    void anImportedCatalogueIsPublishedWithItsLinks() {
        CatalogImport.Outcome outcome = in(town, () -> importer.apply(small(), true, EDITOR));

        assertThat(outcome).isEqualTo(new CatalogImport.Outcome.Imported(new ImportSummary(4, 0, 0, 4)));
        in(town, () -> {
            assertThat(published.services())
                    .extracting(ServiceCard::name)
                    .containsExactly("Führerschein beantragen", "Gewerbe anmelden", "Wohnsitz anmelden");
            LifeSituation umzug = lifeSituations.bySlug("umzug").orElseThrow();
            assertThat(published.servicesIn(umzug.id()))
                    .extracting(ServiceCard::slug)
                    .containsExactly("fuehrerschein", "wohnsitz-anmelden");
            PublishedService anmelden = published.service("wohnsitz-anmelden").orElseThrow();
            assertThat(anmelden.content().documents()).containsExactly("Personalausweis", "Wohnungsgeberbestätigung");
            assertThat(published.faqsFor(anmelden.id()))
                    .extracting(PublishedFaq::question)
                    .containsExactly("Kann ich mich online ummelden?");
            OfficeProfile office = offices.bySlug("buergeramt").orElseThrow();
            assertThat(anmelden.officeId()).isEqualTo(office.office().id());
            assertThat(office.locations()).extracting(Location::name).containsExactly("Rathaus Kleinstadt");
            assertThat(office.openingHours()).hasSize(1);
            assertThat(published
                            .service("fuehrerschein")
                            .orElseThrow()
                            .content()
                            .externalAuthority()
                            .name())
                    .isEqualTo("Landratsamt Kleinkreis");
            assertThat(holidays.federalState()).isEqualTo(FederalState.BW);
            assertThat(holidays.isHoliday(LocalDate.of(2027, 8, 8))).isTrue();
            return null;
        });
        assertThat(searchRows(town)).isEqualTo(5); // three services, one FAQ, one office
    }

    @Test
    void otherModulesSeeSummariesAndClosedDays() {
        in(town, () -> importer.apply(small(), true, EDITOR));
        in(town, () -> {
            ServiceSummary summary = catalog.services().stream()
                    .filter(s -> s.slug().equals("wohnsitz-anmelden"))
                    .findFirst()
                    .orElseThrow();
            assertThat(summary.inPerson()).isTrue();
            assertThat(catalog.service(summary.id())).contains(summary);
            assertThat(catalog.isConfidential(summary.id())).isFalse();
            assertThat(catalog.isConfidential(new ServiceId(java.util.UUID.randomUUID())))
                    .isTrue();
            // Baden-Württemberg, plus the town's own festival on 8 August
            assertThat(catalog.closedDays(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 6)))
                    .extracting(ClosedDay::name)
                    .containsExactly("1. Weihnachtstag", "2. Weihnachtstag", "Neujahr", "Heilige Drei Könige");
            assertThat(catalog.closedDays(LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 31)))
                    .containsExactly(new ClosedDay(LocalDate.of(2027, 8, 8), "Kleinstadtfest"));
            return null;
        });
    }

    @Test
    void aCatalogueWithOneBadServiceImportsNothing() throws IOException {
        String text = resource()
                .replace("\"99115001001000\"", "\"12345\"")
                .replace(
                        "\"office\": \"buergeramt\", \"keywords\": [\"Gewerbeschein\"]",
                        "\"office\": \"nirgendwo\", \"keywords\": [\"Gewerbeschein\"]");

        CatalogImport.Outcome outcome = in(town, () -> importer.apply(parse(text), true, EDITOR));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        CatalogImport.Outcome.Refused.class,
                        refused -> assertThat(refused.problems())
                                .containsExactlyInAnyOrder(
                                        new ContentProblem(
                                                "services[0].content.leikaKeys[0]", "catalog.invalid.leika-key"),
                                        new ContentProblem(
                                                "services[1].content.office", "catalog.invalid.unknown-office")));
        in(town, () -> {
            assertThat(lifeSituations.all()).isEmpty();
            assertThat(editing.entries(EntryKind.SERVICE)).isEmpty();
            return null;
        });
    }

    @Test
    void editorsSaveDraftsAndPublishChosenVersions() {
        in(town, () -> importer.apply(small(), true, EDITOR));
        in(town, () -> {
            Entry entry =
                    editing.entryBySlug(EntryKind.SERVICE, "wohnsitz-anmelden").orElseThrow();
            ServiceContent v1 = editing.serviceVersion(entry.id(), 1).orElseThrow();
            ServiceContent v2 = withTeaser(v1, "Neuer Kurztext.");

            Saved saved = editing.saveService(entry.id(), v2, EDITOR);

            assertThat(saved).isEqualTo(new Saved.Stored(entry.id(), 2));
            assertThat(editing.entry(EntryKind.SERVICE, entry.id())
                            .orElseThrow()
                            .hasDraft())
                    .isTrue();
            assertThat(published
                            .service("wohnsitz-anmelden")
                            .orElseThrow()
                            .content()
                            .teaser())
                    .isEqualTo(v1.teaser());

            editing.publish(EntryKind.SERVICE, entry.id(), 2, EDITOR);
            assertThat(published
                            .service("wohnsitz-anmelden")
                            .orElseThrow()
                            .content()
                            .teaser())
                    .isEqualTo("Neuer Kurztext.");
            assertThat(editing.versions(EntryKind.SERVICE, entry.id()))
                    .extracting(EntryVersion::version)
                    .containsExactly(2, 1);

            editing.withdraw(EntryKind.SERVICE, entry.id(), EDITOR);
            assertThat(published.service("wohnsitz-anmelden")).isEmpty();
            assertThat(editing.entry(EntryKind.SERVICE, entry.id())
                            .orElseThrow()
                            .isPublished())
                    .isFalse();
            return null;
        });
        assertThat(searchRows(town)).isEqualTo(4);
    }

    @Test
    void aRefusedSaveStoresNoVersion() {
        in(town, () -> importer.apply(small(), true, EDITOR));
        in(town, () -> {
            Entry entry =
                    editing.entryBySlug(EntryKind.SERVICE, "wohnsitz-anmelden").orElseThrow();

            Saved saved = editing.saveService(entry.id(), withTeaser(ServiceContent.named(""), ""), EDITOR);

            assertThat(saved)
                    .isInstanceOfSatisfying(
                            Saved.Refused.class,
                            refused -> assertThat(refused.problems())
                                    .extracting(ContentProblem::field)
                                    .contains("name", "teaser", "office"));
            assertThat(editing.versions(EntryKind.SERVICE, entry.id())).hasSize(1);
            return null;
        });
    }

    @Test
    void anExportImportsIntoAnotherTownUnchanged() {
        in(town, () -> importer.apply(small(), true, EDITOR));
        CatalogDocument exported = in(town, export::document);
        Tenant other = TestTenants.fresh(tenants);

        in(other, () -> importer.apply(parse(in(town, export::json)), true, EDITOR));

        assertThat(in(other, export::document)).isEqualTo(exported);
        assertThat(in(other, () -> importer.apply(exported, true, EDITOR)))
                .isEqualTo(new CatalogImport.Outcome.Imported(new ImportSummary(0, 0, 4, 0)));
    }

    @Test
    void anotherTownSeesNothingOfIt() {
        in(town, () -> importer.apply(small(), true, EDITOR));
        Tenant other = TestTenants.fresh(tenants);

        in(other, () -> {
            assertThat(published.services()).isEmpty();
            assertThat(published.service("wohnsitz-anmelden")).isEmpty();
            assertThat(published.faqs()).isEmpty();
            assertThat(lifeSituations.all()).isEmpty();
            return null;
        });
        assertThat(searchRows(other)).isZero();
    }

    private long searchRows(Tenant tenant) {
        return jdbc.sql("select count(*) from catalog.search_document where tenant_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .single();
    }

    private static ServiceContent withTeaser(ServiceContent c, String teaser) {
        return new ServiceContent(
                c.name(),
                c.leikaKeys(),
                teaser,
                c.description(),
                c.requirements(),
                c.documents(),
                c.procedure(),
                c.fees(),
                c.deadlines(),
                c.processingTime(),
                c.legalBases(),
                c.notes(),
                c.legalRemedy(),
                c.forms(),
                c.onlineServiceUrl(),
                c.contactPoint(),
                c.office(),
                c.externalAuthority(),
                c.keywords(),
                c.inPerson(),
                c.confidential(),
                c.lifeSituations());
    }

    private CatalogDocument small() {
        try {
            return parse(resource());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String resource() throws IOException {
        try (InputStream in = new ClassPathResource("catalog/small-catalog.json").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private CatalogDocument parse(String text) {
        return json.document(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static <T> T in(Tenant tenant, Supplier<T> work) {
        return CurrentTenant.runAs(tenant, work);
    }
}
