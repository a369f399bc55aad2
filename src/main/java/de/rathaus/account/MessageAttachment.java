package de.rathaus.account;

import de.rathaus.platform.files.FileId;

/** A document attached to a mailbox message (e.g. the sealed decision PDF). */
public record MessageAttachment(FileId file, String title) {}
