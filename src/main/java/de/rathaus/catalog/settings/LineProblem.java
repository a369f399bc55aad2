package de.rathaus.catalog.settings;

/** A line of a multi-line field that could not be read; {@code line} counts from 1. */
record LineProblem(int line, String code) {}
