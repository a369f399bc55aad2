package de.rathaus.platform.audit;

import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records what staff do and who accessed personal data. Each tenant has its own hash chain: every
 * entry's hash covers its content and the previous entry's hash, so a changed, removed or inserted
 * entry breaks the chain and {@link #verify} finds it.
 *
 * <p>An entry is written in the caller's transaction: an action that is rolled back leaves no trace.
 * Details must not contain personal data; refer to people by pseudonym.
 */
@Service
public class AuditLog {

    /** The chain of installation-wide entries (operator actions outside any tenant). */
    public static final TenantId INSTALLATION = new TenantId(new UUID(0, 0));

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectProvider<Actors> actors;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, ObjectProvider<Actors> actors, JsonMapper json) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /**
     * Appends an entry for the current tenant and actor.
     *
     * @param action what happened, e.g. {@code account.login} or {@code case.viewed}
     * @param objectType what it happened to, e.g. {@code account}
     * @param objectId which one (a pseudonym or a technical id, never a name)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String action, String objectType, @Nullable String objectId, Map<String, String> details) {
        return recordFor(
                CurrentTenant.find().map(t -> t.id()).orElse(INSTALLATION), action, objectType, objectId, details);
    }

    /** Appends an entry to the chain of the given tenant, for jobs that work across tenants. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry recordFor(
            TenantId tenant, String action, String objectType, @Nullable String objectId, Map<String, String> details) {
        Actor actor = currentActor();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var sortedDetails = new TreeMap<>(details);

        jdbc.sql("insert into platform.audit_head (tenant_id, seq, hash) values (?, 0, ?) on conflict do nothing")
                .params(tenant.value(), AuditEntry.GENESIS)
                .update();
        var head = jdbc.sql("select seq, hash from platform.audit_head where tenant_id = ? for update")
                .param(tenant.value())
                .query((rs, row) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
        long seq = head.seq() + 1;
        var entry =
                AuditEntry.chained(tenant, seq, now, actor, action, objectType, objectId, sortedDetails, head.hash());
        jdbc.sql("""
                        insert into platform.audit_entry (tenant_id, seq, occurred_at, actor_kind, actor_pseudonym,
                            action, object_type, object_id, details, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                        """)
                .params(
                        tenant.value(),
                        seq,
                        java.sql.Timestamp.from(now),
                        actor.kind().name(),
                        actor.pseudonym(),
                        action,
                        objectType,
                        objectId,
                        json.writeValueAsString(sortedDetails),
                        entry.prevHash(),
                        entry.hash())
                .update();
        jdbc.sql("update platform.audit_head set seq = ?, hash = ? where tenant_id = ?")
                .params(seq, entry.hash(), tenant.value())
                .update();
        return entry;
    }

    /** Recomputes the chain of one tenant from the start and reports the first entry that does not fit. */
    @Transactional(readOnly = true)
    public ChainVerification verify(TenantId tenant) {
        var verifier = new ChainVerifier();
        jdbc.sql("""
                        select tenant_id, seq, occurred_at, actor_kind, actor_pseudonym, action, object_type,
                               object_id, details::text as details, prev_hash, hash
                          from platform.audit_entry where tenant_id = ? order by seq
                        """).param(tenant.value()).query(rs -> {
            verifier.accept(new AuditEntry(
                    new TenantId(rs.getObject("tenant_id", UUID.class)),
                    rs.getLong("seq"),
                    rs.getTimestamp("occurred_at").toInstant(),
                    new Actor(rs.getString("actor_pseudonym"), Actor.Kind.valueOf(rs.getString("actor_kind"))),
                    rs.getString("action"),
                    rs.getString("object_type"),
                    rs.getString("object_id"),
                    new TreeMap<>(json.readValue(rs.getString("details"), DETAILS)),
                    rs.getString("prev_hash"),
                    rs.getString("hash")));
        });
        String headHash = jdbc.sql("select hash from platform.audit_head where tenant_id = ?")
                .param(tenant.value())
                .query(String.class)
                .optional()
                .orElse(AuditEntry.GENESIS);
        return verifier.result(headHash);
    }

    private record Head(long seq, String hash) {}

    private Actor currentActor() {
        Actors provider = actors.getIfAvailable();
        return provider == null ? Actor.system() : provider.current();
    }
}
