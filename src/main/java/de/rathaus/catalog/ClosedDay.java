package de.rathaus.catalog;

import java.time.LocalDate;

/** A public or local holiday on which the town's offices are closed. */
public record ClosedDay(LocalDate date, String name) {}
