package de.rathaus.catalog.store;

import de.rathaus.catalog.model.CatalogDocument;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.DemoMode;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills the demo towns' catalogues from {@code catalog/demo/<town>.json} on the first start (the
 * same import towns use to share catalogues). A town that has services already is left alone.
 */
@Component
@Order(20)
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final Author AUTHOR = Author.system("Demo-Daten");

    private final DemoMode demo;
    private final Tenants tenants;
    private final Entries entries;
    private final CatalogImport importer;
    private final CatalogJson json;

    DemoCatalog(DemoMode demo, Tenants tenants, Entries entries, CatalogImport importer, CatalogJson json) {
        this.demo = demo;
        this.tenants = tenants;
        this.entries = entries;
        this.importer = importer;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        for (String slug : new String[] {"musterstadt", "musterdorf"}) {
            ClassPathResource file = new ClassPathResource("catalog/demo/" + slug + ".json");
            tenants.bySlug(slug)
                    .filter(town -> file.exists())
                    .ifPresent(town -> CurrentTenant.runAs(town, () -> {
                        if (entries.all(EntryKind.SERVICE).isEmpty()) {
                            seed(slug, file);
                        }
                    }));
        }
    }

    private void seed(String town, ClassPathResource file) {
        CatalogDocument document;
        try (InputStream in = file.getInputStream()) {
            document = json.document(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (importer.apply(document, true, AUTHOR)) {
            case CatalogImport.Outcome.Imported imported ->
                log.info("Demo catalogue of {}: {}", town, imported.summary());
            case CatalogImport.Outcome.Refused refused ->
                throw new IllegalStateException("The demo catalogue of " + town + " is invalid: " + refused.problems());
        }
    }
}
