package de.rathaus.catalog.model;

/** Lebenslage: a situation in which citizens or businesses need several services. */
public record LifeSituationData(String slug, Audience audience, String name, String teaser, int position) {

    public LifeSituationData {
        name = Values.text(name);
        teaser = Values.text(teaser);
    }
}
