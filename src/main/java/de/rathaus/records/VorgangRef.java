package de.rathaus.records;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Vorgang as other modules see it.
 *
 * @param aktenzeichen the file reference from the file plan, e.g. {@code 32.10.01-2026/000123}
 * @param filePlanCode the file plan entry it is filed under, e.g. {@code 32.10.01}
 * @param closedAt when it was closed (zdA, "zu den Akten"); null while open
 * @param reopens the closed Vorgang this one reopens (objection, lawsuit), if any
 */
public record VorgangRef(
        VorgangId id,
        UUID officeId,
        String aktenzeichen,
        String filePlanCode,
        String title,
        @Nullable Instant closedAt,
        @Nullable VorgangId reopens) {

    public boolean closed() {
        return closedAt != null;
    }
}
