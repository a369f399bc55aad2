package de.rathaus.account;

import de.rathaus.platform.files.FileId;
import de.rathaus.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A citizen answered a mailbox message (published after the reply committed).
 *
 * @param correlation the sender's reference from {@link NewMessage#correlation()}
 * @param files the uploaded documents (already stored and scanned through platform {@code Files})
 */
public record PostfachReplied(
        TenantId tenantId,
        MessageId message,
        UUID citizen,
        @Nullable String correlation,
        String text,
        List<FileId> files,
        Instant repliedAt) {

    public PostfachReplied {
        files = List.copyOf(files);
    }
}
