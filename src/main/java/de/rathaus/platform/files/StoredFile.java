package de.rathaus.platform.files;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a stored file, without its content.
 *
 * @param name the name the file was handed in with, stripped of any path
 * @param size the number of bytes of the content
 * @param mediaType the type detected from the content (not the one the browser claimed)
 * @param sha256 the SHA-256 of the content, lower-case hex
 * @param scanFinding the malware the scanner named, for an infected file
 */
public record StoredFile(
        FileId id,
        String name,
        long size,
        String mediaType,
        String sha256,
        ScanStatus scanStatus,
        @Nullable String scanFinding,
        Instant storedAt) {

    /** Whether the content may be handed out; quarantined files never are. */
    public boolean servable() {
        return scanStatus.servable();
    }
}
