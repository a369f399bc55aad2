package de.rathaus.platform.files;

import java.io.InputStream;

/** Looks for malware in a file's content. */
interface VirusScanner {

    /** What a scan found. */
    sealed interface Verdict {}

    record Clean() implements Verdict {}

    record Infected(String finding) implements Verdict {}

    /** The scanner could not give an answer (down, timed out, refused the content). */
    record Unavailable(String reason) implements Verdict {}

    /** No scanner is configured. */
    record NotScanned() implements Verdict {}

    /** The installation without a scanner: files are accepted after the type check alone. */
    VirusScanner NONE = content -> new NotScanned();

    /**
     * Scans the content, which the caller opens and closes. A failure to read the content itself is
     * thrown as an {@link java.io.UncheckedIOException}; only the scanner's failures are a verdict.
     */
    Verdict scan(InputStream content);
}
