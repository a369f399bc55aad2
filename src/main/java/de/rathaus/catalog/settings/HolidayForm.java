package de.rathaus.catalog.settings;

import org.jspecify.annotations.Nullable;

/** The holiday settings form: the federal state and the local holidays, one per line. */
record HolidayForm(@Nullable String federalState, @Nullable String localHolidays) {}
