package de.rathaus.platform.web;

/**
 * An entry of the main navigation. A module that has a public area declares one as a bean; the
 * layout shows them by {@code order}.
 *
 * @param messageKey the label's key in the message bundles
 */
public record NavigationItem(String path, String messageKey, int order) {}
