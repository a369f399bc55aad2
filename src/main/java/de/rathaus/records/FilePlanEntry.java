package de.rathaus.records;

import org.jspecify.annotations.Nullable;

/**
 * An entry of the town's file plan (Aktenplan).
 *
 * @param code e.g. {@code 1.32.10}
 * @param retentionYears how long a closed Vorgang is kept, counted from the end of its closing year
 * @param disposal what happens then
 */
public record FilePlanEntry(
        String code, String title, @Nullable String parentCode, int retentionYears, Disposal disposal) {

    /** Aussonderungsart. */
    public enum Disposal {
        /** Archivieren: offered to and taken by the archive. */
        A,
        /** Vernichten: destroyed with a deletion record. */
        V,
        /** Bewerten: offered; the archive decides. */
        B
    }
}
