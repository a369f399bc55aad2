package de.rathaus.records;

import java.time.Instant;
import java.util.UUID;

/**
 * How a paper document was scanned, as TR-RESISCAN asks to record it.
 *
 * @param scannedBy the pseudonym of the staff member who scanned it
 * @param device the scanner (make, model or inventory number)
 * @param sha256 the checksum of the scan as it left the scanner, hex
 */
public record ScanMetadata(UUID scannedBy, Instant scannedAt, String device, String sha256) {}
