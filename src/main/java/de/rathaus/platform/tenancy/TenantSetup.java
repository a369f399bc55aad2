package de.rathaus.platform.tenancy;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure a fresh installation has a tenant: the demo towns in demo mode, otherwise the one
 * municipality named in the configuration. Runs before the other modules' set-up (order 0).
 */
@Component
@Order(0)
class TenantSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TenantSetup.class);

    private final Tenants tenants;
    private final Offices offices;
    private final DemoMode demo;
    private final InitialTenantProperties initial;

    TenantSetup(Tenants tenants, Offices offices, DemoMode demo, InitialTenantProperties initial) {
        this.tenants = tenants;
        this.offices = offices;
        this.demo = demo;
        this.initial = initial;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            seedDemoTowns();
        } else if (tenants.all().isEmpty()) {
            createInitialTenant();
        }
    }

    private void seedDemoTowns() {
        if (tenants.bySlug("musterstadt").isEmpty()) {
            Tenant stadt = tenants.create(new NewTenant(
                    "musterstadt",
                    "Musterstadt",
                    "#005ea5",
                    true,
                    List.of("localhost", "127.0.0.1", "musterstadt.localhost"),
                    "Marktplatz 1, 86150 Musterstadt",
                    "rathaus@musterstadt.example",
                    "08231 960-0",
                    "Erste Bürgermeisterin Dr. Eva Beispiel"));
            CurrentTenant.runAs(stadt, () -> {
                offices.save("buergerbuero", "Bürgerbüro", "buergerbuero@musterstadt.example", "08231 960-100");
                offices.save("ordnungsamt", "Ordnungsamt", "ordnungsamt@musterstadt.example", "08231 960-200");
                offices.save("standesamt", "Standesamt", "standesamt@musterstadt.example", "08231 960-300");
                offices.save("kaemmerei", "Kämmerei", "kaemmerei@musterstadt.example", "08231 960-400");
                offices.save("bauamt", "Bauamt", "bauamt@musterstadt.example", "08231 960-500");
            });
            log.info("Seeded demo town Musterstadt");
        }
        if (tenants.bySlug("musterdorf").isEmpty()) {
            Tenant dorf = tenants.create(new NewTenant(
                    "musterdorf",
                    "Musterdorf",
                    "#7a2e8c",
                    false,
                    List.of("musterdorf.localhost"),
                    "Dorfstraße 3, 74599 Musterdorf",
                    "gemeinde@musterdorf.example",
                    "07955 12-0",
                    "Bürgermeister Hans Muster"));
            CurrentTenant.runAs(dorf, () -> {
                offices.save(
                        "gemeindeverwaltung", "Gemeindeverwaltung", "verwaltung@musterdorf.example", "07955 12-10");
                offices.save("kasse", "Gemeindekasse", "kasse@musterdorf.example", "07955 12-20");
            });
            log.info("Seeded demo town Musterdorf");
        }
    }

    private void createInitialTenant() {
        if (!StringUtils.hasText(initial.name()) || !StringUtils.hasText(initial.host())) {
            throw new IllegalStateException(
                    "This database has no municipality yet. Set RATHAUS_TENANT_NAME and RATHAUS_TENANT_HOST"
                            + " (and RATHAUS_TENANT_ADMIN_EMAIL, RATHAUS_TENANT_ADMIN_PASSWORD) for the first start.");
        }
        String name = initial.name();
        String slug = StringUtils.hasText(initial.slug())
                ? initial.slug()
                : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        tenants.create(new NewTenant(
                slug,
                name,
                StringUtils.hasText(initial.accentColour()) ? initial.accentColour() : "#005ea5",
                true,
                List.of(initial.host()),
                orEmpty(initial.address()),
                orEmpty(initial.email()),
                orEmpty(initial.phone()),
                orEmpty(initial.representedBy())));
        log.info("Created the first municipality {} for host {}", name, initial.host());
    }

    private static String orEmpty(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
