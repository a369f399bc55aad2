package de.rathaus.catalog.web;

import de.rathaus.catalog.store.LifeSituation;
import de.rathaus.catalog.store.LifeSituations;
import de.rathaus.catalog.store.Location;
import de.rathaus.catalog.store.OfficeProfile;
import de.rathaus.catalog.store.OfficeProfiles;
import de.rathaus.catalog.store.PublishedCatalog;
import de.rathaus.catalog.store.PublishedService;
import de.rathaus.platform.tenancy.Office;
import de.rathaus.platform.tenancy.Offices;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The published catalogue of the town as JSON, for apps, portals and other towns' systems. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Catalogue", description = "Published services, life situations and offices of the town")
class CatalogApiController {

    private final ServiceListing listing;
    private final PublishedCatalog published;
    private final LifeSituations lifeSituations;
    private final OfficeProfiles officeProfiles;
    private final Offices offices;

    CatalogApiController(
            ServiceListing listing,
            PublishedCatalog published,
            LifeSituations lifeSituations,
            OfficeProfiles officeProfiles,
            Offices offices) {
        this.listing = listing;
        this.published = published;
        this.lifeSituations = lifeSituations;
        this.officeProfiles = officeProfiles;
        this.offices = offices;
    }

    @GetMapping("/services")
    @Operation(summary = "Published services, A to Z", description = "Optionally only those of one life situation.")
    @ApiResponse(responseCode = "200", description = "The services")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown life situation",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    List<ApiModels.ServiceItem> services(
            @Parameter(description = "Slug of a life situation, e.g. umzug")
                    @RequestParam(name = "lifeSituation", required = false)
                    @Nullable
                    String lifeSituation) {
        @Nullable UUID situation = null;
        if (lifeSituation != null && !lifeSituation.isBlank()) {
            situation = lifeSituations
                    .bySlug(lifeSituation)
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.BAD_REQUEST, "There is no life situation with this slug."))
                    .id();
        }
        Map<UUID, Office> byId = offices.all().stream().collect(Collectors.toMap(Office::id, Function.identity()));
        String base = baseUrl();
        return listing.all(situation).stream()
                .map(row -> new ApiModels.ServiceItem(
                        row.id(),
                        row.slug(),
                        row.name(),
                        row.teaser(),
                        row.leikaKeys(),
                        Optional.ofNullable(row.officeId())
                                .map(byId::get)
                                .map(office -> new ApiModels.OfficeRef(office.slug(), office.name()))
                                .orElse(null),
                        base + "/leistungen/" + row.slug()))
                .toList();
    }

    @GetMapping("/services/{id}")
    @Operation(summary = "One published service with its full content, office and life situations")
    @ApiResponse(responseCode = "200", description = "The service")
    @ApiResponse(
            responseCode = "400",
            description = "The id is not a UUID",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No published service of this town has this id",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ApiModels.ServiceDetail service(@Parameter(description = "The service's id (UUID)") @PathVariable UUID id) {
        PublishedService service = published
                .service(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "There is no published service with this id."));
        String base = baseUrl();
        return new ApiModels.ServiceDetail(
                service.id(),
                service.slug(),
                base + "/leistungen/" + service.slug(),
                service.publishedAt(),
                service.content(),
                Optional.ofNullable(service.officeId())
                        .flatMap(officeProfiles::byId)
                        .map(office -> office(office, base))
                        .orElse(null),
                service.content().lifeSituations().stream()
                        .map(lifeSituations::bySlug)
                        .flatMap(Optional::stream)
                        .map(situation -> lifeSituation(situation, base))
                        .toList());
    }

    @GetMapping("/life-situations")
    @Operation(summary = "The town's life situations, for residents first, then for businesses")
    @ApiResponse(responseCode = "200", description = "The life situations")
    List<ApiModels.LifeSituationItem> lifeSituations() {
        String base = baseUrl();
        // the store sorts by the audience's name; residents come first, as on the home page
        return lifeSituations.all().stream()
                .sorted(Comparator.comparing(LifeSituation::audience))
                .map(situation -> lifeSituation(situation, base))
                .toList();
    }

    @GetMapping("/offices")
    @Operation(summary = "The town's offices with contact, opening hours and locations")
    @ApiResponse(responseCode = "200", description = "The offices")
    List<ApiModels.OfficeItem> offices() {
        String base = baseUrl();
        return officeProfiles.all().stream().map(office -> office(office, base)).toList();
    }

    private static ApiModels.LifeSituationItem lifeSituation(LifeSituation situation, String base) {
        return new ApiModels.LifeSituationItem(
                situation.slug(),
                situation.audience(),
                situation.name(),
                situation.teaser(),
                base + "/lebenslagen/" + situation.slug());
    }

    private static ApiModels.OfficeItem office(OfficeProfile profile, String base) {
        Office office = profile.office();
        return new ApiModels.OfficeItem(
                office.id(),
                office.slug(),
                office.name(),
                office.email(),
                office.phone(),
                profile.description(),
                profile.postalAddress(),
                profile.openingHours(),
                profile.openingNote(),
                profile.locations().stream().map(Location::data).toList(),
                base + "/aemter/" + office.slug());
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
