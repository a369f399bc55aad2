package de.rathaus.catalog;

/**
 * A next step a citizen can take on a service page, offered by another module.
 *
 * @param path where the step starts, e.g. {@code /antrag/hund-anmelden}
 * @param labelKey message key of the link text, e.g. "Online beantragen"
 */
public record ServiceAction(Kind kind, String path, String labelKey) {

    /** What the step does; decides its place and look on the page. */
    public enum Kind {
        APPLY_ONLINE,
        BOOK_APPOINTMENT
    }
}
