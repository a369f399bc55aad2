package de.rathaus.payment.ledger;

import com.fasterxml.uuid.Generators;
import de.rathaus.payment.PaymentRequest;
import de.rathaus.payment.PaymentStatus;
import de.rathaus.payment.ProviderTransaction;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payment transactions of the current town. A status changes only from {@code INITIAL}: every
 * update says so in its {@code where} clause, so a final status stays final even when two requests
 * race.
 */
@Repository
public class Transactions {

    private static final String SELECT = """
        select id, request_id, provider, provider_tx_id, amount, purpose, reference, return_url, redirect_url,
               status, kassenzeichen, created_at, updated_at, paid_at
          from payment.transaction
         where tenant_id = :tenant
        """;

    private final JdbcClient jdbc;

    Transactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new transaction for the request, unless one with its request id exists; returns the
     * stored one either way.
     */
    public Transaction open(String provider, PaymentRequest request) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
            insert into payment.transaction (tenant_id, id, request_id, provider, amount, purpose, reference,
                                             return_url, status, created_at, updated_at)
            values (:tenant, :id, :requestId, :provider, :amount, :purpose, :reference, :returnUrl, 'INITIAL',
                    :now, :now)
            on conflict (tenant_id, request_id) do nothing
            """)
                .param("tenant", tenant())
                .param("id", Generators.timeBasedEpochGenerator().generate())
                .param("requestId", request.requestId())
                .param("provider", provider)
                .param("amount", request.amount())
                .param("purpose", request.purpose())
                .param("reference", request.reference())
                .param("returnUrl", request.returnUrl().toString())
                .param("now", now)
                .update();
        return byRequestId(request.requestId()).orElseThrow();
    }

    public Optional<Transaction> find(UUID id) {
        return jdbc.sql(SELECT + " and id = :id")
                .param("tenant", tenant())
                .param("id", id)
                .query(Transactions::map)
                .optional();
    }

    /** The transaction, locked until the current database transaction ends. */
    public Optional<Transaction> lock(UUID id) {
        return jdbc.sql(SELECT + " and id = :id for update")
                .param("tenant", tenant())
                .param("id", id)
                .query(Transactions::map)
                .optional();
    }

    public Optional<Transaction> byRequestId(String requestId) {
        return jdbc.sql(SELECT + " and request_id = :requestId")
                .param("tenant", tenant())
                .param("requestId", requestId)
                .query(Transactions::map)
                .optional();
    }

    public Optional<Transaction> byProviderTxId(String provider, String providerTxId) {
        return jdbc.sql(SELECT + " and provider = :provider and provider_tx_id = :providerTxId")
                .param("tenant", tenant())
                .param("provider", provider)
                .param("providerTxId", providerTxId)
                .query(Transactions::map)
                .optional();
    }

    /**
     * Records what the provider answered when it created its side of the transaction. The status
     * stays open: a provider that answers with a final status at once is settled like any other.
     */
    public void created(UUID id, ProviderTransaction created) {
        jdbc.sql("""
            update payment.transaction
               set provider_tx_id = :providerTxId, redirect_url = :redirectUrl, kassenzeichen = :kassenzeichen,
                   updated_at = :now
             where tenant_id = :tenant and id = :id and status = 'INITIAL' and provider_tx_id is null
            """)
                .param("tenant", tenant())
                .param("id", id)
                .param("providerTxId", created.providerTxId())
                .param(
                        "redirectUrl",
                        created.redirectUrl() == null
                                ? null
                                : created.redirectUrl().toString())
                .param("kassenzeichen", created.kassenzeichen())
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    /**
     * Moves an open transaction to the given status.
     *
     * @return whether it was open (and so changed); a final status is never changed
     */
    public boolean settle(UUID id, PaymentStatus status) {
        if (status == PaymentStatus.INITIAL) {
            return false;
        }
        return jdbc.sql("""
                    update payment.transaction
                       set status = :status, updated_at = :now, paid_at = case when :status = 'PAYED' then cast(:now as timestamptz) end
                     where tenant_id = :tenant and id = :id and status = 'INITIAL'
                    """)
                        .param("tenant", tenant())
                        .param("id", id)
                        .param("status", status.name())
                        .param("now", Timestamp.from(Instant.now()))
                        .update()
                == 1;
    }

    /**
     * A page of the town's transactions, newest first.
     *
     * @param provider only those of this provider, or all
     * @param status only those with this status, or all
     */
    public List<Transaction> list(@Nullable String provider, @Nullable PaymentStatus status, int offset, int limit) {
        return jdbc.sql(SELECT + """
                   and (cast(:provider as text) is null or provider = :provider)
                   and (cast(:status as text) is null or status = :status)
                 order by created_at desc, id desc
                 offset :offset limit :limit
                """)
                .param("tenant", tenant())
                .param("provider", provider)
                .param("status", status == null ? null : status.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(Transactions::map)
                .list();
    }

    /** The provider's transactions in the order they were created, all or only the open ones. */
    public List<Transaction> ofProvider(String provider, boolean openOnly) {
        return jdbc.sql(SELECT + """
                   and provider = :provider
                   and (not :openOnly or status = 'INITIAL')
                 order by created_at, id
                """)
                .param("tenant", tenant())
                .param("provider", provider)
                .param("openOnly", openOnly)
                .query(Transactions::map)
                .list();
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }

    private static Transaction map(ResultSet rs, int row) throws SQLException {
        return new Transaction(
                rs.getObject("id", UUID.class),
                rs.getString("request_id"),
                rs.getString("provider"),
                rs.getString("provider_tx_id"),
                rs.getBigDecimal("amount"),
                rs.getString("purpose"),
                rs.getString("reference"),
                URI.create(rs.getString("return_url")),
                uri(rs.getString("redirect_url")),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getString("kassenzeichen"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                instant(rs.getTimestamp("paid_at")));
    }

    private static @Nullable URI uri(@Nullable String value) {
        return value == null ? null : URI.create(value);
    }

    private static @Nullable Instant instant(@Nullable Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
