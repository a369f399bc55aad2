package de.rathaus.forms.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.catalog.Catalog;
import de.rathaus.catalog.ServiceAction;
import de.rathaus.catalog.ServiceSummary;
import de.rathaus.catalog.store.CatalogImport;
import de.rathaus.catalog.store.CatalogJson;
import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.DefinitionProblem;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The form library of a town: drafts, publishing, versions, exchange between towns. */
@IntegrationTest
class FormLibraryIT {

    static final Author EDITOR = new Author(UUID.randomUUID());

    @Autowired
    Tenants tenants;

    @Autowired
    FormEditing editing;

    @Autowired
    FormLibrary library;

    @Autowired
    FormActions actions;

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogImport catalogImport;

    @Autowired
    CatalogJson catalogJson;

    @Autowired
    JdbcClient jdbc;

    Tenant town;

    @BeforeEach
    void freshTownWithCatalogue() {
        town = townWithCatalogue();
    }

    /** A new town whose catalogue has the services wohnsitz-anmelden, gewerbe-anmelden and fuehrerschein. */
    Tenant townWithCatalogue() {
        Tenant fresh = TestTenants.fresh(tenants);
        try (InputStream in = new ClassPathResource("catalog/small-catalog.json").getInputStream()) {
            var document = catalogJson.document(in);
            in(fresh, () -> catalogImport.apply(document, true, de.rathaus.catalog.store.Author.system("Test")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fresh;
    }

    static String gewerbe() {
        return resource("forms/demo/musterstadt/gewerbeanmeldung.json");
    }

    static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Saved.Stored saved(String document) {
        Saved saved = in(town, () -> editing.saveDraft(document, EDITOR));
        assertThat(saved).isInstanceOf(Saved.Stored.class);
        return (Saved.Stored) saved;
    }

    @Test
    void aSavedDraftIsNotOfferedUntilPublished() {
        Saved.Stored draft = saved(gewerbe());

        in(town, () -> {
            assertThat(draft.version()).isEqualTo(1);
            assertThat(library.published("gewerbeanmeldung")).isEmpty();
            assertThat(editing.draft(draft.id())).hasValueSatisfying(version -> {
                assertThat(version.status()).isEqualTo(VersionStatus.DRAFT);
                assertThat(version.createdBy()).isEqualTo(EDITOR.pseudonym());
            });

            assertThat(editing.publish(draft.id(), 1)).isEqualTo(new Saved.Stored(draft.id(), 1));

            PublishedForm published = library.published("gewerbeanmeldung").orElseThrow();
            assertThat(published.version()).isEqualTo(1);
            assertThat(published.definition().title()).isEqualTo("Gewerbe anmelden");
            assertThat(library.published(draft.id())).contains(published);
            assertThat(library.published()).containsExactly(published);
            ServiceSummary service = catalog.services().stream()
                    .filter(s -> s.slug().equals("gewerbe-anmelden"))
                    .findFirst()
                    .orElseThrow();
            assertThat(published.serviceId()).isEqualTo(service.id());
            assertThat(library.forService(service.id())).containsExactly(published);
            assertThat(actions.actionsFor(service))
                    .containsExactly(new ServiceAction(
                            ServiceAction.Kind.APPLY_ONLINE, "/antrag/gewerbeanmeldung", "forms.action.apply-online"));
            assertThat(editing.forms())
                    .containsExactly(new FormSummary(draft.id(), "gewerbeanmeldung", "Gewerbe anmelden", 1, 1, null));
            return null;
        });
    }

    @Test
    void aPublishedVersionNeverChangesAndANewOneReplacesIt() {
        Saved.Stored first = saved(gewerbe());
        in(town, () -> editing.publish(first.id(), 1));

        Saved.Stored second = saved(gewerbe().replace("\"Gewerbe anmelden\"", "\"Gewerbe anmelden (neu)\""));
        Saved.Stored secondAgain = saved(gewerbe().replace("\"Gewerbe anmelden\"", "\"Gewerbe anmelden (neuer)\""));

        assertThat(second).isEqualTo(new Saved.Stored(first.id(), 2));
        assertThat(secondAgain).as("a draft is saved in place").isEqualTo(second);
        in(town, () -> {
            assertThat(library.published(first.id()).orElseThrow().version()).isEqualTo(1);
            assertThatThrownBy(() -> jdbc.sql("""
                                    update forms.form_version set document = jsonb_set(document, '{title}', '"anders"')
                                     where tenant_id = ? and form_id = ? and version = 1
                                    """)
                            .params(town.id().value(), first.id().value())
                            .update())
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("cannot change");

            editing.publish(first.id(), 2);

            assertThat(library.published(first.id()).orElseThrow().definition().title())
                    .isEqualTo("Gewerbe anmelden (neuer)");
            assertThat(library.version(first.id(), 1).orElseThrow().definition().title())
                    .isEqualTo("Gewerbe anmelden");
            assertThat(editing.versions(first.id()))
                    .extracting(FormVersion::version, FormVersion::status)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2, VersionStatus.PUBLISHED),
                            org.assertj.core.groups.Tuple.tuple(1, VersionStatus.RETIRED));
            assertThatThrownBy(() -> jdbc.sql("""
                                    update forms.form_version set status = 'DRAFT', published_at = null
                                     where tenant_id = ? and form_id = ? and version = 1
                                    """)
                            .params(town.id().value(), first.id().value())
                            .update())
                    .isInstanceOf(DataAccessException.class);
            return null;
        });
    }

    @Test
    void aWithdrawnFormIsNoLongerOfferedButItsVersionsStay() {
        Saved.Stored draft = saved(gewerbe());
        in(town, () -> {
            editing.publish(draft.id(), 1);

            assertThat(editing.withdraw(draft.id())).isTrue();
            assertThat(editing.withdraw(draft.id())).isFalse();

            assertThat(library.published()).isEmpty();
            assertThat(library.published("gewerbeanmeldung")).isEmpty();
            assertThat(library.version(draft.id(), 1)).isPresent();
            return null;
        });
    }

    @Test
    void refusesADocumentWhoseServiceTheTownDoesNotOffer() {
        Saved saved = in(town, () -> editing.saveDraft(resource("forms/demo/musterstadt/hund-anmelden.json"), EDITOR));

        assertThat(saved)
                .isEqualTo(new Saved.Refused(java.util.List.of(new DefinitionProblem(
                        "/service", "forms.definition.unknown-service", java.util.List.of("hund-anmelden")))));
        in(town, () -> assertThat(editing.forms()).isEmpty());
    }

    @Test
    void refusesABrokenDocumentAndStoresNothing() {
        Saved saved = in(town, () -> editing.saveDraft(gewerbe().replace("\"required\"", "\"requierd\""), EDITOR));

        assertThat(saved)
                .isInstanceOfSatisfying(
                        Saved.Refused.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.code()).isEqualTo("forms.definition.unreadable");
                                    assertThat(problem.path()).isEqualTo("/pages/0/fields/0/requierd");
                                }));
        in(town, () -> assertThat(editing.forms()).isEmpty());
    }

    @Test
    void publishingAnUnknownVersionIsRefused() {
        Saved.Stored draft = saved(gewerbe());

        assertThat(in(town, () -> editing.publish(draft.id(), 7))).isInstanceOf(Saved.Refused.class);
        assertThat(in(town, () -> editing.publish(new FormId(UUID.randomUUID()), 1)))
                .isInstanceOf(Saved.Refused.class);
    }

    @Test
    void anExportedFormImportsIntoAnotherTownAsADraft() {
        Saved.Stored draft = saved(gewerbe());
        String exported = in(town, () -> {
            editing.publish(draft.id(), 1);
            return editing.export(draft.id()).orElseThrow();
        });
        Tenant other = townWithCatalogue();

        Saved imported = in(other, () -> editing.importForm(exported, Author.SYSTEM));

        in(other, () -> {
            assertThat(imported).isInstanceOf(Saved.Stored.class);
            FormId id = ((Saved.Stored) imported).id();
            assertThat(id).isNotEqualTo(draft.id());
            assertThat(library.published()).isEmpty();
            assertThat(editing.draft(id).orElseThrow().definition())
                    .isEqualTo(in(
                            town,
                            () -> library.published(draft.id()).orElseThrow().definition()));
            assertThat(editing.export(id)).contains(exported);
            return null;
        });
    }

    @Test
    void aTownSeesOnlyItsOwnForms() {
        Saved.Stored draft = saved(gewerbe());
        in(town, () -> editing.publish(draft.id(), 1));
        Tenant other = townWithCatalogue();

        in(other, () -> {
            assertThat(library.published()).isEmpty();
            assertThat(library.published("gewerbeanmeldung")).isEmpty();
            assertThat(library.published(draft.id())).isEmpty();
            assertThat(library.version(draft.id(), 1)).isEmpty();
            assertThat(editing.versions(draft.id())).isEmpty();
            assertThat(editing.forms()).isEmpty();
            assertThat(editing.withdraw(draft.id())).isFalse();
            assertThat(editing.publish(draft.id(), 1)).isInstanceOf(Saved.Refused.class);
            return null;
        });
        in(town, () -> assertThat(library.published(draft.id())).isPresent());
    }

    @Test
    void changesAreInTheAuditLog() {
        Saved.Stored draft = saved(gewerbe());
        in(town, () -> {
            editing.publish(draft.id(), 1);
            editing.withdraw(draft.id());
            return null;
        });

        assertThat(jdbc.sql("""
                        select action from platform.audit_entry
                         where tenant_id = ? and object_type = 'form' and object_id = ? order by seq
                        """)
                        .params(town.id().value(), draft.id().value().toString())
                        .query(String.class)
                        .list())
                .containsExactly("form.draft-saved", "form.published", "form.withdrawn");
    }

    static <T> T in(Tenant tenant, Supplier<T> work) {
        return CurrentTenant.runAs(tenant, work);
    }

    static void in(Tenant tenant, Runnable work) {
        CurrentTenant.runAs(tenant, work);
    }
}
