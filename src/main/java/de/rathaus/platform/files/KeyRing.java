package de.rathaus.platform.files;

import de.rathaus.platform.tenancy.DemoMode;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The keys that encrypt each town's files. A town's key is its own configured key
 * ({@code rathaus.files.keys.<slug>}) or else derived from the master key with HKDF-SHA256 (no
 * salt, info {@code "rathaus/files/v1/tenant/" + tenant id}), so one secret serves every town and
 * no town's key opens another town's files.
 *
 * <p>Every file records the id of the key it was encrypted with: the first 8 bytes of
 * HMAC-SHA256(key, "rathaus/files/key-id"), in hex. A key can therefore be replaced at any time:
 * new files use the new key; files stored before are read with the retired key whose id they
 * name, as long as it is listed under {@code retired-master-keys} or {@code retired-keys.<slug>}.
 */
@Component
class KeyRing {

    /** A key and the id that files encrypted with it record. */
    record TenantKey(String id, SecretKey key) {}

    static final String DERIVATION_INFO = "rathaus/files/v1/tenant/";
    private static final byte[] KEY_ID_LABEL = "rathaus/files/key-id".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final String HOW_TO_CREATE = "a random 256-bit key in Base64, e.g. from `openssl rand -base64 32`.";

    private final byte[] masterKey;
    private final List<byte[]> retiredMasterKeys;
    private final Map<String, TenantKey> ownKeys;
    private final Map<String, List<TenantKey>> retiredOwnKeys;
    // derivation is deterministic, so caching it per node needs no coordination between nodes
    private final Map<TenantId, TenantKey> derived = new ConcurrentHashMap<>();

    @Autowired
    KeyRing(FilesProperties properties, DemoMode demo) {
        this(properties, demo.enabled());
    }

    KeyRing(FilesProperties properties, boolean demo) {
        this.masterKey = masterKey(properties, demo);
        this.retiredMasterKeys = properties.retiredMasterKeys().stream()
                .map(key -> decode(key, "rathaus.files.retired-master-keys"))
                .toList();
        this.ownKeys = new LinkedHashMap<>();
        properties
                .keys()
                .forEach((slug, key) -> ownKeys.put(slug, tenantKey(decode(key, "rathaus.files.keys." + slug))));
        this.retiredOwnKeys = new LinkedHashMap<>();
        properties
                .retiredKeys()
                .forEach((slug, keys) -> retiredOwnKeys.put(
                        slug,
                        keys.stream()
                                .map(key -> tenantKey(decode(key, "rathaus.files.retired-keys." + slug)))
                                .toList()));
    }

    /** The key new files of this town are encrypted with. */
    TenantKey current(Tenant tenant) {
        return current(tenant.id(), tenant.slug());
    }

    /**
     * The current key of a tenant id; {@code slug} is null for the installation's own data
     * (operators), which always uses the derived key.
     */
    TenantKey current(TenantId tenant, @Nullable String slug) {
        TenantKey own = slug == null ? null : ownKeys.get(slug);
        return own != null ? own : derived.computeIfAbsent(tenant, id -> tenantKey(derive(masterKey, id)));
    }

    /** The key with this id, current or retired, that this town may use. */
    Optional<SecretKey> find(Tenant tenant, String keyId) {
        return find(tenant.id(), tenant.slug(), keyId);
    }

    Optional<SecretKey> find(TenantId tenant, @Nullable String slug, String keyId) {
        List<TenantKey> candidates = new ArrayList<>();
        candidates.add(current(tenant, slug));
        candidates.add(derived.computeIfAbsent(tenant, id -> tenantKey(derive(masterKey, id))));
        if (slug != null) {
            candidates.addAll(retiredOwnKeys.getOrDefault(slug, List.of()));
        }
        for (byte[] retired : retiredMasterKeys) {
            candidates.add(tenantKey(derive(retired, tenant)));
        }
        return candidates.stream()
                .filter(candidate -> candidate.id().equals(keyId))
                .map(TenantKey::key)
                .findFirst();
    }

    static byte[] derive(byte[] masterKey, TenantId tenant) {
        var hkdf = new HKDFBytesGenerator(SHA256Digest.newInstance());
        hkdf.init(new HKDFParameters(
                masterKey, null, (DERIVATION_INFO + tenant.value()).getBytes(StandardCharsets.US_ASCII)));
        byte[] key = new byte[KEY_BYTES];
        hkdf.generateBytes(key, 0, KEY_BYTES);
        return key;
    }

    static TenantKey tenantKey(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] id = mac.doFinal(KEY_ID_LABEL);
            return new TenantKey(HexFormat.of().formatHex(id, 0, 8), new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] masterKey(FilesProperties properties, boolean demo) {
        if (StringUtils.hasText(properties.masterKey())) {
            if (!demo && properties.masterKey().trim().equals(trimmed(properties.demoMasterKey()))) {
                throw new IllegalStateException("rathaus.files.master-key is the published demo key."
                        + " Files of a real town need a secret key: " + HOW_TO_CREATE);
            }
            return decode(properties.masterKey(), "rathaus.files.master-key");
        }
        if (demo && StringUtils.hasText(properties.demoMasterKey())) {
            return decode(properties.demoMasterKey(), "rathaus.files.demo-master-key");
        }
        throw new IllegalStateException("Rathaus encrypts every stored file, and no master key is configured."
                + " Set RATHAUS_FILES_MASTER_KEY (rathaus.files.master-key): " + HOW_TO_CREATE
                + " Keep it safe: without it the stored files cannot be read.");
    }

    private static @Nullable String trimmed(@Nullable String value) {
        return value == null ? null : value.trim();
    }

    private static byte[] decode(String base64, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid Base64: " + HOW_TO_CREATE);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(
                    property + " has " + key.length * 8 + " bits, but must have 256: " + HOW_TO_CREATE);
        }
        return key;
    }
}
