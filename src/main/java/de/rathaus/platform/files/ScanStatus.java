package de.rathaus.platform.files;

/** What the virus scan said about a file, and so whether it may be handed out. */
public enum ScanStatus {
    /** The scanner found nothing. */
    CLEAN(true),
    /** No scanner is configured: the file passed the type check only. */
    UNSCANNED(true),
    /** The scanner found malware. Kept for inspection, never served. */
    QUARANTINED_INFECTED(false),
    /** The scanner could not be reached. Kept, never served, scanned again by a job. */
    QUARANTINED_PENDING(false);

    private final boolean servable;

    ScanStatus(boolean servable) {
        this.servable = servable;
    }

    public boolean servable() {
        return servable;
    }
}
