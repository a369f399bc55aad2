package de.rathaus.platform.files;

import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.TenantId;
import de.rathaus.platform.tenancy.Tenants;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Seals small secrets (a second factor's shared key, an API credential) for storage in a database
 * column, with AES-GCM under the same per-tenant key as the tenant's files. The owner's tenant id
 * and the purpose are bound in as associated data, so a sealed value copied to another row's
 * tenant or used for another purpose does not open. Format: {@code v1.<key id>.<iv>.<ciphertext>}
 * (Base64url).
 */
@Service
public class Secrets {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final KeyRing keys;
    private final Tenants tenants;

    Secrets(KeyRing keys, Tenants tenants) {
        this.keys = keys;
        this.tenants = tenants;
    }

    /** @param owner the tenant the secret belongs to (or {@code AuditLog.INSTALLATION}'s id for operators) */
    public String seal(TenantId owner, String purpose, String plaintext) {
        KeyRing.TenantKey key = keys.current(owner, slugOf(owner));
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] ciphertext =
                run(Cipher.ENCRYPT_MODE, key.key(), iv, owner, purpose, plaintext.getBytes(StandardCharsets.UTF_8));
        return String.join(".", VERSION, key.id(), ENCODE.encodeToString(iv), ENCODE.encodeToString(ciphertext));
    }

    /** @throws IllegalStateException if the value was not sealed for this owner and purpose, or was changed */
    public String open(TenantId owner, String purpose, String sealed) {
        String[] parts = sealed.split("\\.");
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("Not a sealed secret");
        }
        SecretKey key = keys.find(owner, slugOf(owner), parts[1])
                .orElseThrow(
                        () -> new IllegalStateException("The key " + parts[1] + " of this secret is not configured"));
        byte[] plaintext =
                run(Cipher.DECRYPT_MODE, key, DECODE.decode(parts[2]), owner, purpose, DECODE.decode(parts[3]));
        return new String(plaintext, StandardCharsets.UTF_8);
    }

    private @Nullable String slugOf(TenantId owner) {
        return tenants.byId(owner).map(Tenant::slug).orElse(null);
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, TenantId owner, String purpose, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(("rathaus/secret/v1/" + owner + "/" + purpose).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
