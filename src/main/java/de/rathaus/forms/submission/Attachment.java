package de.rathaus.forms.submission;

import de.rathaus.platform.files.FileId;

/**
 * A file handed in with a submission.
 *
 * @param file the stored file (platform files)
 * @param path where the answers name it, a JSON Pointer such as {@code /lageplan} or {@code
 *     /anhaenge/0/datei}
 */
public record Attachment(FileId file, String path) {}
