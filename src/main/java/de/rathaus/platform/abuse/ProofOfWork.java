package de.rathaus.platform.abuse;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues and checks ALTCHA-compatible proof-of-work challenges. A browser (or an app) spends a
 * second or two of CPU per form it sends, which costs a person nothing and a bot sending thousands
 * a lot; no third party is asked and nothing about the person is stored.
 *
 * <p>Challenges are stateless until solved: the signature proves where they came from, the salt
 * carries their expiry. A solved challenge is recorded until it expires, so each is accepted once,
 * however many nodes share the database.
 */
@Service
@EnableConfigurationProperties(AbuseProperties.class)
public class ProofOfWork {

    static final String ALGORITHM = "SHA-256";
    static final String KEY_PURPOSE = "proof-of-work";

    // a real payload is about 300 characters; anything far bigger is not worth decoding
    private static final int MAX_PAYLOAD_LENGTH = 2_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InstallationKeys keys;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AbuseProperties.ProofOfWorkProperties properties;
    private final Clock clock = Clock.systemUTC();

    ProofOfWork(InstallationKeys keys, JdbcClient jdbc, JsonMapper json, AbuseProperties properties) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties.proofOfWork();
    }

    /** A fresh challenge, valid for {@code rathaus.abuse.proof-of-work.expiry}. */
    public Challenge issue() {
        return issue(clock.instant().plus(properties.expiry()));
    }

    Challenge issue(Instant expires) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String salt = HexFormat.of().formatHex(random) + "?expires=" + expires.getEpochSecond();
        long secretNumber = RANDOM.nextLong(properties.maxNumber() + 1);
        String challenge = Hashing.sha256(salt + secretNumber);
        return new Challenge(ALGORITHM, challenge, properties.maxNumber(), salt, Hashing.hmac(key(), challenge));
    }

    /**
     * Checks a solution as the ALTCHA widget submits it: Base64 of the JSON {@code {algorithm,
     * challenge, number, salt, signature}}. A valid solution is used up by this call (within the
     * caller's transaction, if there is one: if that rolls back, the solution may be used again).
     *
     * @param payload the submitted value; null or blank gives {@link Verdict.Missing}
     */
    public Verdict verify(@Nullable String payload) {
        if (payload == null || payload.isBlank()) {
            return new Verdict.Missing();
        }
        Optional<Solution> read = read(payload.strip());
        if (read.isEmpty()) {
            return new Verdict.Invalid("unreadable");
        }
        Solution solution = read.get();
        if (!ALGORITHM.equals(solution.algorithm())) {
            return new Verdict.Invalid("algorithm");
        }
        if (!Hashing.same(Hashing.hmac(key(), solution.challenge()), solution.signature())) {
            return new Verdict.Invalid("signature");
        }
        if (!Hashing.same(solution.challenge(), Hashing.sha256(solution.salt() + solution.number()))) {
            return new Verdict.Invalid("number");
        }
        Optional<Instant> expires = expiry(solution.salt());
        if (expires.isEmpty()) {
            return new Verdict.Invalid("salt");
        }
        if (!clock.instant().isBefore(expires.get())) {
            return new Verdict.Expired();
        }
        int recorded = jdbc.sql("""
                insert into platform.proof_of_work_used (challenge, expires_at) values (?, ?)
                on conflict (challenge) do nothing
                """)
                .params(solution.challenge(), Timestamp.from(expires.get()))
                .update();
        return recorded == 1 ? new Verdict.Valid() : new Verdict.Replayed();
    }

    /** Forgets used challenges that have expired: they are refused as expired anyway. */
    int forgetExpired() {
        return jdbc.sql("delete from platform.proof_of_work_used where expires_at < ?")
                .param(Timestamp.from(clock.instant()))
                .update();
    }

    private record Solution(String algorithm, String challenge, long number, String salt, String signature) {}

    private Optional<Solution> read(String payload) {
        if (payload.length() > MAX_PAYLOAD_LENGTH) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8));
            JsonNode number = node.path("number");
            if (!number.isIntegralNumber() || !number.canConvertToLong() || number.asLong() < 0) {
                return Optional.empty();
            }
            String algorithm = text(node, "algorithm");
            String challenge = text(node, "challenge");
            String salt = text(node, "salt");
            String signature = text(node, "signature");
            if (algorithm == null || challenge == null || salt == null || signature == null) {
                return Optional.empty();
            }
            return Optional.of(new Solution(algorithm, challenge, number.asLong(), salt, signature));
        } catch (IllegalArgumentException | JacksonException e) {
            // not Base64, or not JSON: a forged or damaged payload, not our error
            return Optional.empty();
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    /** The {@code expires} parameter ALTCHA appends to the salt ({@code <random>?expires=<epoch seconds>}). */
    private static Optional<Instant> expiry(String salt) {
        int query = salt.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : salt.substring(query + 1).split("&")) {
            if (parameter.startsWith("expires=")) {
                try {
                    return Optional.of(Instant.ofEpochSecond(Long.parseLong(parameter.substring("expires=".length()))));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private SecretKey key() {
        return keys.key(KEY_PURPOSE);
    }
}
