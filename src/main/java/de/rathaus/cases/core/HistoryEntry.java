package de.rathaus.cases.core;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a case's history.
 *
 * @param actor the staff member's pseudonym; null for the system or the citizen
 * @param text what happened, in German, for staff (the citizen's timeline shows {@link #kind()}'s
 *     own wording instead, so no internal remark reaches the citizen)
 */
public record HistoryEntry(
        HistoryKind kind, Instant at, @Nullable UUID actor, String text) {}
