package de.rathaus.catalog.model;

/** A titled link, e.g. a form to download. */
public record Link(String title, String url) {

    public Link {
        title = Values.text(title);
        url = Values.text(url);
    }
}
