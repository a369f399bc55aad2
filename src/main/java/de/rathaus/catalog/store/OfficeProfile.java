package de.rathaus.catalog.store;

import de.rathaus.catalog.model.OpeningHours;
import de.rathaus.platform.tenancy.Office;
import java.util.List;

/** An office with what citizens need to reach it: description, hours and where it serves. */
public record OfficeProfile(
        Office office,
        String description,
        String postalAddress,
        List<OpeningHours> openingHours,
        String openingNote,
        List<Location> locations) {}
