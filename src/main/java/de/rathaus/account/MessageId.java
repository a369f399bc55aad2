package de.rathaus.account;

import java.util.UUID;

/** A message in a citizen's mailbox (Postfach). */
public record MessageId(UUID value) {}
