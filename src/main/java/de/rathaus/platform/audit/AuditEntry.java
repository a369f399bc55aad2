package de.rathaus.platform.audit;

import de.rathaus.platform.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/** One link of a tenant's audit chain. */
public record AuditEntry(
        TenantId tenantId,
        long seq,
        Instant occurredAt,
        Actor actor,
        String action,
        String objectType,
        @Nullable String objectId,
        SortedMap<String, String> details,
        String prevHash,
        String hash) {

    /** The "previous hash" of a chain's first entry. */
    static final String GENESIS = "0".repeat(64);

    static AuditEntry chained(
            TenantId tenantId,
            long seq,
            Instant occurredAt,
            Actor actor,
            String action,
            String objectType,
            @Nullable String objectId,
            SortedMap<String, String> details,
            String prevHash) {
        var unsealed =
                new AuditEntry(tenantId, seq, occurredAt, actor, action, objectType, objectId, details, prevHash, "");
        return new AuditEntry(
                tenantId,
                seq,
                occurredAt,
                actor,
                action,
                objectType,
                objectId,
                details,
                prevHash,
                unsealed.computeHash());
    }

    /**
     * SHA-256 over the previous hash and every field, each written with its length first so that
     * no two different entries can produce the same input.
     */
    String computeHash() {
        var canonical = new StringBuilder();
        field(canonical, prevHash);
        field(canonical, tenantId.toString());
        field(canonical, Long.toString(seq));
        field(canonical, occurredAt.toString());
        field(canonical, actor.kind().name());
        field(canonical, actor.pseudonym());
        field(canonical, action);
        field(canonical, objectType);
        field(canonical, objectId == null ? "\u0000" : objectId);
        details.forEach((key, value) -> {
            field(canonical, key);
            field(canonical, value);
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value).append(';');
    }
}
