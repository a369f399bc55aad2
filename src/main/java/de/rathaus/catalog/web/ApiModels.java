package de.rathaus.catalog.web;

import de.rathaus.catalog.model.Audience;
import de.rathaus.catalog.model.LocationData;
import de.rathaus.catalog.model.OpeningHours;
import de.rathaus.catalog.model.ServiceContent;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the catalogue's JSON API returns; the OpenAPI document describes these records. */
final class ApiModels {

    private ApiModels() {}

    @Schema(description = "The office of the town responsible for a service")
    record OfficeRef(String slug, String name) {}

    @Schema(description = "A published service in a list")
    record ServiceItem(
            UUID id,
            String slug,
            String name,
            String teaser,

            @Schema(description = "LeiKa keys (14 digits); empty for purely local services")
            List<String> leikaKeys,

            @Nullable OfficeRef office,
            @Schema(description = "The service's page") String url) {}

    @Schema(description = "A published service with its full content")
    record ServiceDetail(
            UUID id,
            String slug,
            String url,
            Instant publishedAt,

            @Schema(description = "The text modules of the service (XZuFi/FIM)")
            ServiceContent content,

            @Nullable OfficeItem office,
            List<LifeSituationItem> lifeSituations) {}

    @Schema(description = "A life situation (Lebenslage)")
    record LifeSituationItem(String slug, Audience audience, String name, String teaser, String url) {}

    @Schema(description = "An office with contact, opening hours and locations")
    record OfficeItem(
            UUID id,
            String slug,
            String name,
            @Nullable String email,
            @Nullable String phone,
            String description,
            String postalAddress,
            List<OpeningHours> openingHours,
            String openingNote,
            List<LocationData> locations,
            String url) {}
}
