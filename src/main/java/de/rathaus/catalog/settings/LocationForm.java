package de.rathaus.catalog.settings;

import org.jspecify.annotations.Nullable;

/**
 * The location form; {@code slug} is only asked when a location is created. All fields are text,
 * so no input can fail binding: {@code stepFree} is the checkbox value "true" when ticked.
 */
record LocationForm(
        @Nullable String slug,
        @Nullable String name,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String stepFree,
        @Nullable String accessibility,
        @Nullable String publicTransport) {

    boolean isStepFree() {
        return "true".equals(stepFree);
    }
}
