package de.rathaus.catalog.web;

import de.rathaus.catalog.model.FeeItem;
import de.rathaus.catalog.model.LocationData;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.model.TextBlocks;
import de.rathaus.catalog.store.Location;
import de.rathaus.platform.tenancy.Tenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code GovernmentService} description of a service page, for search engines and
 * portals that read structured data.
 *
 * <p>The result goes unescaped into a {@code <script type="application/ld+json">} block, where
 * HTML entities are not decoded: so instead of HTML-escaping, every {@code <}, {@code >} and
 * {@code &} becomes a JSON unicode escape. Content can then never close the script element.
 */
@Component
class GovernmentServiceJsonLd {

    private final JsonMapper json;

    GovernmentServiceJsonLd(JsonMapper json) {
        this.json = json;
    }

    String of(
            ServiceContent service,
            String pageUrl,
            Tenant town,
            Contact contact,
            List<Location> locations,
            List<String> lifeSituations) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "GovernmentService");
        ld.put("name", service.name());
        String description = service.teaser().isEmpty() ? TextBlocks.plain(service.description()) : service.teaser();
        putIfPresent(ld, "description", description);
        ld.put("serviceType", lifeSituations.isEmpty() ? service.name() : String.join(", ", lifeSituations));
        ld.put("url", pageUrl);
        if (!service.leikaKeys().isEmpty()) {
            ld.put(
                    "identifier",
                    service.leikaKeys().stream()
                            .map(key -> Map.of("@type", "PropertyValue", "propertyID", "LeiKa", "value", key))
                            .toList());
        }
        ld.put("areaServed", Map.of("@type", "AdministrativeArea", "name", town.name()));
        Map<String, Object> provider = organisation(contact);
        ld.put("provider", provider);
        ld.put("serviceOperator", provider);
        ld.put("availableChannel", channels(service, pageUrl, contact, locations));
        if (!service.fees().isEmpty()) {
            ld.put(
                    "offers",
                    service.fees().stream().map(GovernmentServiceJsonLd::offer).toList());
        }
        return scriptSafe(json.writeValueAsString(ld));
    }

    static String scriptSafe(String json) {
        return json.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e");
    }

    private static Map<String, Object> organisation(Contact contact) {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("@type", "GovernmentOrganization");
        organisation.put("name", contact.name());
        putIfPresent(organisation, "telephone", contact.phone());
        putIfPresent(organisation, "email", contact.email());
        putIfPresent(organisation, "address", contact.address());
        putIfPresent(organisation, "url", contact.url());
        return organisation;
    }

    private static List<Map<String, Object>> channels(
            ServiceContent service, String pageUrl, Contact contact, List<Location> locations) {
        List<Map<String, Object>> channels = new ArrayList<>();
        if (service.onlineServiceUrl() != null) {
            channels.add(Map.of("@type", "ServiceChannel", "name", "Online", "serviceUrl", service.onlineServiceUrl()));
        }
        Map<String, Object> office = new LinkedHashMap<>();
        office.put("@type", "ServiceChannel");
        office.put("name", contact.name());
        office.put("serviceUrl", contact.url() != null ? contact.url() : pageUrl);
        if (contact.phone() != null) {
            office.put("servicePhone", Map.of("@type", "ContactPoint", "telephone", contact.phone()));
        }
        if (!locations.isEmpty()) {
            office.put(
                    "serviceLocation",
                    locations.stream().map(GovernmentServiceJsonLd::place).toList());
        } else if (contact.address() != null) {
            office.put(
                    "serviceLocation", Map.of("@type", "Place", "name", contact.name(), "address", contact.address()));
        }
        channels.add(office);
        return channels;
    }

    private static Map<String, Object> place(Location location) {
        LocationData data = location.data();
        return Map.of(
                "@type",
                "Place",
                "name",
                data.name(),
                "address",
                Map.of(
                        "@type",
                        "PostalAddress",
                        "streetAddress",
                        data.street(),
                        "postalCode",
                        data.postalCode(),
                        "addressLocality",
                        data.city(),
                        "addressCountry",
                        "DE"));
    }

    private static Map<String, Object> offer(FeeItem fee) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("name", fee.label());
        offer.put("priceCurrency", fee.currency());
        if (fee.amount() != null) {
            offer.put("price", fee.amount().toPlainString());
        } else if (fee.minAmount() != null || fee.maxAmount() != null) {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("@type", "PriceSpecification");
            range.put("priceCurrency", fee.currency());
            if (fee.minAmount() != null) {
                range.put("minPrice", fee.minAmount().toPlainString());
            }
            if (fee.maxAmount() != null) {
                range.put("maxPrice", fee.maxAmount().toPlainString());
            }
            offer.put("priceSpecification", range);
        } else {
            offer.put("price", "0");
        }
        return offer;
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
