package de.rathaus.forms.library;

import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.DemoMode;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Publishes the demo towns' forms from {@code forms/demo/<town>/*.json} on the first start, after
 * the demo catalogue (the forms belong to its services), through the same import towns use to
 * share forms. A town that has forms already is left alone.
 */
@Component
@Order(30)
class DemoForms implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoForms.class);
    private static final String[] TOWNS = {"musterstadt", "musterdorf"};

    private final DemoMode demo;
    private final Tenants tenants;
    private final FormEditing editing;

    DemoForms(DemoMode demo, Tenants tenants, FormEditing editing) {
        this.demo = demo;
        this.tenants = tenants;
        this.editing = editing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        for (String slug : TOWNS) {
            Resource[] files = files(slug);
            tenants.bySlug(slug)
                    .filter(town -> files.length > 0)
                    .ifPresent(town -> CurrentTenant.runAs(town, () -> {
                        if (editing.forms().isEmpty()) {
                            seed(slug, files);
                        }
                    }));
        }
    }

    private static Resource[] files(String town) {
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:forms/demo/" + town + "/*.json");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void seed(String town, Resource[] files) {
        for (Resource file : files) {
            String document;
            try {
                document = file.getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Saved published = switch (editing.importForm(document, Author.SYSTEM)) {
                case Saved.Stored stored -> editing.publish(stored.id(), stored.version());
                case Saved.Refused refused -> refused;
            };
            if (published instanceof Saved.Refused refused) {
                throw new IllegalStateException(
                        "The demo form " + file.getFilename() + " of " + town + " is invalid: " + refused.problems());
            }
        }
        log.info("Demo forms of {}: {} published", town, files.length);
    }
}
