package de.rathaus.catalog.model;

import java.time.LocalDate;

/** A day on which the town's offices are closed. */
public record Holiday(LocalDate date, String name) {}
