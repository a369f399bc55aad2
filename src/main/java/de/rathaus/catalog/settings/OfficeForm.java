package de.rathaus.catalog.settings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The office profile form; opening hours one rule per line. */
record OfficeForm(
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String description,
        @Nullable String postalAddress,
        @Nullable String openingHours,
        @Nullable String openingNote,
        @Nullable List<String> locations) {}
