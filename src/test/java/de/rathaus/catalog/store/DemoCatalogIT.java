package de.rathaus.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo towns start with their catalogues (seeded at start-up from catalog/demo/*.json; an
 * invalid file stops the start with the list of problems). Run alone with {@code ./mvnw verify
 * -Dit.test=DemoCatalogIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class DemoCatalogIT {

    @Autowired
    Tenants tenants;

    @Autowired
    PublishedCatalog published;

    @Autowired
    LifeSituations lifeSituations;

    @Test
    void musterstadtHasAFullCatalogue() {
        CurrentTenant.runAs(tenants.bySlug("musterstadt").orElseThrow(), () -> {
            assertThat(published.services()).hasSizeGreaterThanOrEqualTo(60);
            assertThat(published.faqs()).hasSizeGreaterThanOrEqualTo(25);
            assertThat(lifeSituations.all()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(published.service("wohnsitz-anmelden")).isPresent();
        });
    }

    @Test
    void musterdorfHasItsOwn() {
        CurrentTenant.runAs(tenants.bySlug("musterdorf").orElseThrow(), () -> {
            assertThat(published.services()).hasSizeBetween(8, 20);
            assertThat(lifeSituations.all()).isNotEmpty();
        });
    }
}
