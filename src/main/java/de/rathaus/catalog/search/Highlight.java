package de.rathaus.catalog.search;

/** One part of a snippet; marked parts matched the query. Pages render the text escaped, marked in {@code <mark>}. */
public record Highlight(String text, boolean marked) {}
