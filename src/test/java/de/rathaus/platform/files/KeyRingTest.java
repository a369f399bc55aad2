package de.rathaus.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.TenantId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final Tenant STADT = tenant("musterstadt", "00000000-0000-0000-0000-000000000001");
    private static final Tenant DORF = tenant("musterdorf", "00000000-0000-0000-0000-000000000002");

    @Test
    void derivesTheTownKeyWithHkdfSha256AsDocumented() {
        // expected values computed independently (Python hmac/hashlib, RFC 5869 with no salt)
        byte[] master = new byte[32];
        for (int i = 0; i < master.length; i++) {
            master[i] = (byte) i;
        }
        var ring = new KeyRing(TestKeys.masterOnly(Base64.getEncoder().encodeToString(master)), false);

        KeyRing.TenantKey key = ring.current(STADT);

        assertThat(HexFormat.of().formatHex(key.key().getEncoded()))
                .isEqualTo("aa7ef880a99cdcbe04cf0f31e81f9ecd92781e5b9799084f14c35271cc401775");
        assertThat(key.id()).isEqualTo("66f5062b016e815e");
        assertThat(key.key().getAlgorithm()).isEqualTo("AES");
    }

    @Test
    void eachTownGetsItsOwnDerivedKey() {
        var ring = new KeyRing(TestKeys.masterOnly(TestKeys.randomKey()), false);

        assertThat(ring.current(STADT).key().getEncoded())
                .isNotEqualTo(ring.current(DORF).key().getEncoded());
        assertThat(ring.current(STADT).id()).isNotEqualTo(ring.current(DORF).id());
        assertThat(ring.find(DORF, ring.current(STADT).id())).isEmpty();
    }

    @Test
    void aTownsOwnKeyReplacesTheDerivedOne() {
        String own = TestKeys.randomKey();
        var ring = new KeyRing(
                TestKeys.properties(TestKeys.randomKey(), null, Map.of("musterdorf", own), List.of(), Map.of()), false);

        assertThat(ring.current(DORF).key().getEncoded())
                .isEqualTo(Base64.getDecoder().decode(own));
        assertThat(ring.find(STADT, ring.current(DORF).id())).isEmpty();
    }

    @Test
    void retiredKeysStillOpenTheFilesStoredUnderThem() {
        String oldMaster = TestKeys.randomKey();
        String oldOwn = TestKeys.randomKey();
        var before = new KeyRing(
                TestKeys.properties(oldMaster, null, Map.of("musterdorf", oldOwn), List.of(), Map.of()), false);
        String stadtKeyId = before.current(STADT).id();
        String dorfKeyId = before.current(DORF).id();

        var after = new KeyRing(
                TestKeys.properties(
                        TestKeys.randomKey(),
                        null,
                        Map.of("musterdorf", TestKeys.randomKey()),
                        List.of(oldMaster),
                        Map.of("musterdorf", List.of(oldOwn))),
                false);

        assertThat(after.current(STADT).id()).isNotEqualTo(stadtKeyId);
        assertThat(after.find(STADT, stadtKeyId).orElseThrow().getEncoded())
                .isEqualTo(before.current(STADT).key().getEncoded());
        assertThat(after.find(DORF, dorfKeyId).orElseThrow().getEncoded())
                .isEqualTo(before.current(DORF).key().getEncoded());
        assertThat(after.find(STADT, dorfKeyId)).isEmpty();
    }

    @Test
    void refusesToStartWithoutMasterKeyOutsideDemoMode() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new KeyRing(
                        TestKeys.properties(null, TestKeys.randomKey(), Map.of(), List.of(), Map.of()), false))
                .withMessageContaining("RATHAUS_FILES_MASTER_KEY");
        assertThatIllegalStateException()
                .isThrownBy(() -> new KeyRing(TestKeys.properties(" ", null, Map.of(), List.of(), Map.of()), false))
                .withMessageContaining("RATHAUS_FILES_MASTER_KEY");
    }

    @Test
    void refusesThePublishedDemoKeyOutsideDemoMode() {
        String demoKey = TestKeys.randomKey();

        assertThatIllegalStateException()
                .isThrownBy(
                        () -> new KeyRing(TestKeys.properties(demoKey, demoKey, Map.of(), List.of(), Map.of()), false))
                .withMessageContaining("demo key");
    }

    @Test
    void demoModeFallsBackToTheDemoKey() {
        String demoKey = TestKeys.randomKey();

        var demo = new KeyRing(TestKeys.properties(null, demoKey, Map.of(), List.of(), Map.of()), true);
        var configured = new KeyRing(TestKeys.masterOnly(demoKey), true);

        assertThat(demo.current(STADT).id()).isEqualTo(configured.current(STADT).id());
    }

    @Test
    void refusesKeysThatAreNotBase64Of256Bits() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new KeyRing(TestKeys.masterOnly("kein-schluessel!"), false))
                .withMessageContaining("rathaus.files.master-key is not valid Base64");
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        new KeyRing(TestKeys.masterOnly(Base64.getEncoder().encodeToString(new byte[16])), false))
                .withMessageContaining("has 128 bits, but must have 256");
        assertThatIllegalStateException()
                .isThrownBy(() -> new KeyRing(
                        TestKeys.properties(
                                TestKeys.randomKey(), null, Map.of("musterdorf", "abc"), List.of(), Map.of()),
                        false))
                .withMessageContaining("rathaus.files.keys.musterdorf");
    }

    private static Tenant tenant(String slug, String id) {
        return new Tenant(new TenantId(UUID.fromString(id)), slug, slug, "#005ea5", false, "", "", "", "");
    }
}
