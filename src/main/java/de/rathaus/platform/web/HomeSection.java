package de.rathaus.platform.web;

import java.util.Map;

/**
 * A part of the home page that a module contributes (a search box, life-situation tiles, news),
 * so the platform shows what the modules offer without depending on them. The home page renders
 * every section bean by {@link #order()}; the fragment reads what {@link #model()} returns as
 * {@code section}.
 */
public interface HomeSection {

    /** Smaller numbers come first. */
    int order();

    /** The template fragment, e.g. {@code "catalog/pages/home :: section"}. */
    String fragment();

    /** What the fragment shows for the current town; called once per request. */
    Map<String, Object> model();
}
