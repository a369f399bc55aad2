package de.rathaus.catalog.search;

/** What a search hit is: a service (Leistung), a question with its answer (FAQ) or an office (Amt). */
public enum SearchKind {
    SERVICE,
    FAQ,
    OFFICE;

    /** Where the public pages show a hit of this kind. */
    public String path(String slug) {
        return switch (this) {
            case SERVICE -> "/leistungen/" + slug;
            case FAQ -> "/fragen#" + slug;
            case OFFICE -> "/aemter/" + slug;
        };
    }
}
