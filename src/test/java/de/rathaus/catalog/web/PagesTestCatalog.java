package de.rathaus.catalog.web;

import de.rathaus.TestTenants;
import de.rathaus.catalog.model.CatalogDocument;
import de.rathaus.catalog.model.ExternalAuthority;
import de.rathaus.catalog.model.FeeItem;
import de.rathaus.catalog.model.Link;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.model.ServiceEntry;
import de.rathaus.catalog.store.Author;
import de.rathaus.catalog.store.CatalogImport;
import de.rathaus.catalog.store.CatalogJson;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.core.io.ClassPathResource;

/**
 * A fresh town with the small test catalogue (Wohnsitz anmelden, Gewerbe anmelden, Führerschein at
 * the Landratsamt) plus two services made for the pages: one whose texts try to break out of the
 * page, and one that {@link TestServiceActions} offers next steps for.
 */
final class PagesTestCatalog {

    static final String HOSTILE = "feuerwerk-anzeigen";
    static final String HOSTILE_TEASER = "Knallen </script><script>alert(1)</script> & \"Zischen\" 🎆";
    static final String WITH_ACTIONS = TestServiceActions.SLUG;

    private PagesTestCatalog() {}

    static Tenant town(Tenants tenants, CatalogImport importer, CatalogJson json) {
        Tenant town = TestTenants.fresh(tenants);
        CatalogDocument small = small(json);
        List<ServiceEntry> services = new ArrayList<>(small.services());
        services.add(new ServiceEntry(HOSTILE, hostile()));
        services.add(new ServiceEntry(WITH_ACTIONS, withActions()));
        CatalogDocument document = new CatalogDocument(
                small.format(),
                small.federalState(),
                small.localHolidays(),
                small.lifeSituations(),
                small.locations(),
                small.offices(),
                services,
                small.faqs());
        CatalogImport.Outcome outcome = CurrentTenant.runAs(town, (Supplier<CatalogImport.Outcome>)
                () -> importer.apply(document, true, Author.system("Test-Redaktion")));
        if (!(outcome instanceof CatalogImport.Outcome.Imported)) {
            throw new IllegalStateException("test catalogue refused: " + outcome);
        }
        return town;
    }

    static String host(Tenant town) {
        return town.slug() + ".localhost";
    }

    private static CatalogDocument small(CatalogJson json) {
        try (InputStream in = new ClassPathResource("catalog/small-catalog.json").getInputStream()) {
            return json.document(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServiceContent hostile() {
        return new ServiceContent(
                "Feuerwerk <b>anzeigen</b>",
                List.of(),
                HOSTILE_TEASER,
                "Erster Absatz mit <img src=x onerror=alert(2)>.\n\n- Punkt eins\n- Punkt ' OR 1=1 --",
                "",
                List.of(),
                "",
                List.of(new FeeItem("Anzeige", new BigDecimal("1234.5"), null, null, "EUR", null)),
                "",
                "",
                List.of(),
                "",
                "",
                List.of(new Link("Formular <Anzeige>", "https://formulare.example/feuerwerk.pdf")),
                null,
                "",
                "buergeramt",
                null,
                List.of(),
                false,
                false,
                List.of());
    }

    private static ServiceContent withActions() {
        return new ServiceContent(
                "Sondernutzung beantragen",
                List.of(),
                "Wer öffentlichen Grund nutzt, braucht eine Erlaubnis.",
                "",
                "",
                List.of(),
                "",
                List.of(new FeeItem("Erlaubnis", new BigDecimal("37.00"), null, null, "EUR", "§ 3 Gebührensatzung")),
                "",
                "",
                List.of(),
                "",
                "",
                List.of(),
                "https://online.example/sondernutzung",
                "",
                null,
                new ExternalAuthority("Testbehörde", null, "0711 3-0", "post@behoerde.example", null, null),
                List.of(),
                false,
                false,
                List.of("gruendung"));
    }
}
