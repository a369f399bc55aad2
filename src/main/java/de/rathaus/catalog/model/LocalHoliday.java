package de.rathaus.catalog.model;

import org.jspecify.annotations.Nullable;

/**
 * A holiday of the municipality only, like the Augsburger Friedensfest.
 *
 * @param year the one year it applies to, or null for every year
 */
public record LocalHoliday(
        String name, int month, int day, @Nullable Integer year) {}
