package de.rathaus.forms.library;

/** Where a version of a form stands. */
public enum VersionStatus {
    /** Being edited; changes in place until it is published. */
    DRAFT,
    /** What citizens fill in now; never changes. */
    PUBLISHED,
    /** Published before and since replaced or withdrawn; kept for the submissions made with it. */
    RETIRED
}
