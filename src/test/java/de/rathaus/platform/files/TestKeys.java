package de.rathaus.platform.files;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/** Configurations of keys for unit tests. */
final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {}

    static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static FilesProperties properties(
            @Nullable String masterKey,
            @Nullable String demoMasterKey,
            Map<String, String> keys,
            List<String> retiredMasterKeys,
            Map<String, List<String>> retiredKeys) {
        return new FilesProperties(
                DataSize.ofMegabytes(20),
                masterKey,
                demoMasterKey,
                keys,
                retiredMasterKeys,
                retiredKeys,
                new FilesProperties.Clamav(null, 3310, null, Duration.ofSeconds(60), Duration.ofMinutes(5)));
    }

    static FilesProperties masterOnly(String masterKey) {
        return properties(masterKey, null, Map.of(), List.of(), Map.of());
    }
}
