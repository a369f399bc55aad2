package de.rathaus.catalog.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A town's catalogue as one JSON document ({@value #FORMAT}), so municipalities can share
 * services. Services and FAQs refer to offices, locations and life situations by slug.
 */
public record CatalogDocument(
        String format,
        @Nullable FederalState federalState,
        List<LocalHoliday> localHolidays,
        List<LifeSituationData> lifeSituations,
        List<LocationData> locations,
        List<OfficeData> offices,
        List<ServiceEntry> services,
        List<FaqEntry> faqs) {

    public static final String FORMAT = "rathaus-catalog/1";

    public CatalogDocument {
        localHolidays = Values.list(localHolidays);
        lifeSituations = Values.list(lifeSituations);
        locations = Values.list(locations);
        offices = Values.list(offices);
        services = Values.list(services);
        faqs = Values.list(faqs);
    }
}
