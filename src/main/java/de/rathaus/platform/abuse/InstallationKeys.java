package de.rathaus.platform.abuse;

import de.rathaus.platform.files.Secrets;
import de.rathaus.platform.tenancy.TenantId;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The installation's HMAC keys for abuse defence, one per purpose. Each is made once at random and
 * kept in PostgreSQL (sealed like other secrets), so it survives restarts and every node signs and
 * hashes alike; whichever node comes first creates it, the others read the same row.
 */
@Component
class InstallationKeys {

    /** The owner under which installation-wide secrets are sealed (no town owns them). */
    private static final TenantId INSTALLATION = new TenantId(new UUID(0, 0));

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Secrets secrets;
    private final Map<String, SecretKey> loaded = new ConcurrentHashMap<>();

    InstallationKeys(JdbcClient jdbc, Secrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    SecretKey key(String purpose) {
        return loaded.computeIfAbsent(purpose, this::loadOrCreate);
    }

    private SecretKey loadOrCreate(String purpose) {
        byte[] candidate = new byte[32];
        RANDOM.nextBytes(candidate);
        String sealedPurpose = "abuse-key/" + purpose;
        jdbc.sql("insert into platform.abuse_key (purpose, sealed) values (?, ?) on conflict (purpose) do nothing")
                .params(
                        purpose,
                        secrets.seal(
                                INSTALLATION, sealedPurpose, Base64.getEncoder().encodeToString(candidate)))
                .update();
        String sealed = jdbc.sql("select sealed from platform.abuse_key where purpose = ?")
                .param(purpose)
                .query(String.class)
                .single();
        byte[] key = Base64.getDecoder().decode(secrets.open(INSTALLATION, sealedPurpose, sealed));
        return new SecretKeySpec(key, "HmacSHA256");
    }
}
