/**
 * Files people hand in (uploads for applications, documents for cases and records): stored in
 * PostgreSQL, encrypted at rest under a key of the town they belong to, checked for what they
 * really are, and scanned for malware where ClamAV is configured. A file that is infected, or
 * waits for a scanner that is down, is kept in quarantine: never lost and never served.
 *
 * <p>Other modules use {@link de.rathaus.platform.files.Files} to store and read files and
 * {@link de.rathaus.platform.files.Downloads} to hand one to a browser.
 */
@NamedInterface("files")
@NullMarked
package de.rathaus.platform.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
