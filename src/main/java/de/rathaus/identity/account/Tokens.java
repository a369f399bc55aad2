package de.rathaus.identity.account;

import de.rathaus.platform.tenancy.CurrentTenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use tokens for links sent by e-mail. Only their SHA-256 hash is stored, so a copy of the
 * database does not contain working links. A token works only in the town that issued it.
 */
@Repository
public class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    Tokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a new token and withdraws the account's earlier unused tokens for the same purpose. */
    public String issue(UUID accountId, TokenPurpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
            delete from identity.account_token
             where tenant_id = ? and account_id = ? and purpose = ? and used_at is null
            """).params(tenant(), accountId, purpose.name()).update();
        jdbc.sql("""
            insert into identity.account_token (tenant_id, token_hash, account_id, purpose, expires_at)
            values (?, ?, ?, ?, ?)
            """)
                .params(
                        tenant(),
                        hash(token),
                        accountId,
                        purpose.name(),
                        Timestamp.from(clock.instant().plus(purpose.validity())))
                .update();
        return token;
    }

    /** The account a valid, unused token belongs to, without using the token up. */
    public Optional<UUID> peek(String token, TokenPurpose purpose) {
        return jdbc.sql("""
            select account_id from identity.account_token
             where tenant_id = ? and token_hash = ? and purpose = ? and used_at is null and expires_at > ?
            """)
                .params(tenant(), hash(token), purpose.name(), Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional();
    }

    /** Uses a token up; empty if it is unknown, expired, used or for another purpose. */
    public Optional<UUID> consume(String token, TokenPurpose purpose) {
        return jdbc.sql("""
            update identity.account_token set used_at = now()
             where tenant_id = ? and token_hash = ? and purpose = ? and used_at is null and expires_at > ?
            returning account_id
            """)
                .params(tenant(), hash(token), purpose.name(), Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional();
    }

    public void withdrawAll(UUID accountId) {
        jdbc.sql("delete from identity.account_token where tenant_id = ? and account_id = ?")
                .params(tenant(), accountId)
                .update();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }
}
