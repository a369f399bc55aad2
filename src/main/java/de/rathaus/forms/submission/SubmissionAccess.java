package de.rathaus.forms.submission;

import de.rathaus.platform.files.Secrets;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret that lets a guest open the confirmation and the receipt of a submission: an
 * HMAC-SHA256 of the submission id under a key of the town. Nothing per submission is stored, so a
 * retried submit hands out the same token again, and every node computes it alike.
 *
 * <p>The town's key is random, created on first use in a transaction of its own (a rolled back
 * submission must not leave a node with a key the database never saw) and stored sealed by
 * platform {@link Secrets}, so a copy of the database alone forges no token.
 */
@Component
public class SubmissionAccess {

    private static final String PURPOSE = "forms/submission-access";
    private static final byte[] LABEL = "rathaus/forms/submission-access/v1/".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TOKEN = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final Secrets secrets;
    private final TransactionTemplate ownTransaction;
    // the key never changes once stored, so caching it per node needs no coordination
    private final Map<TenantId, SecretKeySpec> keys = new ConcurrentHashMap<>();

    SubmissionAccess(JdbcClient jdbc, Secrets secrets, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The guest's access token for a submission of the current town. */
    public String tokenFor(UUID submissionId) {
        return TOKEN.encodeToString(mac(CurrentTenant.id(), submissionId));
    }

    /** Whether the token opens this submission of the current town; compared in constant time. */
    public boolean verify(UUID submissionId, String token) {
        byte[] presented = token.getBytes(StandardCharsets.US_ASCII);
        byte[] expected = tokenFor(submissionId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented);
    }

    private byte[] mac(TenantId tenant, UUID submissionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.computeIfAbsent(tenant, this::loadOrCreate));
            mac.update(LABEL);
            return mac.doFinal(submissionId.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private SecretKeySpec loadOrCreate(TenantId tenant) {
        String sealed = ownTransaction.execute(tx -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            // two nodes creating the key at once: the first insert wins, both read the same key
            jdbc.sql("""
                            insert into forms.submission_access_key (tenant_id, sealed_key, created_at)
                            values (?, ?, ?) on conflict (tenant_id) do nothing
                            """)
                    .params(
                            tenant.value(),
                            secrets.seal(tenant, PURPOSE, Base64.getEncoder().encodeToString(fresh)),
                            Timestamp.from(Instant.now()))
                    .update();
            return jdbc.sql("select sealed_key from forms.submission_access_key where tenant_id = ?")
                    .param(tenant.value())
                    .query(String.class)
                    .single();
        });
        byte[] key = Base64.getDecoder().decode(secrets.open(tenant, PURPOSE, sealed));
        return new SecretKeySpec(key, "HmacSHA256");
    }
}
