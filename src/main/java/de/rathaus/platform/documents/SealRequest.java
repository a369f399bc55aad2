package de.rathaus.platform.documents;

/**
 * What a seal states besides the document itself.
 *
 * @param reason why it is sealed, e.g. "Bescheid" (goes into the signature dictionary)
 * @param location where, e.g. the town's name
 */
public record SealRequest(String reason, String location) {}
