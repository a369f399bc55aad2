package de.rathaus.catalog.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An office (Organisationseinheit) with its public profile.
 *
 * @param locations slugs of the locations where it serves citizens
 */
public record OfficeData(
        String slug,
        String name,
        @Nullable String email,
        @Nullable String phone,
        String description,
        String postalAddress,
        List<OpeningHours> openingHours,
        String openingNote,
        List<String> locations) {

    public OfficeData {
        email = Values.optional(email);
        phone = Values.optional(phone);
        description = Values.text(description);
        postalAddress = Values.text(postalAddress);
        openingHours = Values.list(openingHours);
        openingNote = Values.text(openingNote);
        locations = Values.list(locations);
    }
}
