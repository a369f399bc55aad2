package de.rathaus.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.IntegrationTest;
import de.rathaus.platform.audit.AuditLog;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SecretsIT {

    @Autowired
    Secrets secrets;

    @Autowired
    Tenants tenants;

    @Test
    void aSealedSecretOpensOnlyForItsOwnerAndPurpose() {
        Tenant stadt = tenants.bySlug("musterstadt").orElseThrow();
        Tenant dorf = tenants.bySlug("musterdorf").orElseThrow();

        String sealed = secrets.seal(stadt.id(), "identity/totp", "JBSWY3DPEHPK3PXP");

        assertThat(sealed).startsWith("v1.").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(secrets.open(stadt.id(), "identity/totp", sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> secrets.open(dorf.id(), "identity/totp", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> secrets.open(stadt.id(), "api/key", sealed)).isInstanceOf(IllegalStateException.class);
        assertThat(secrets.seal(stadt.id(), "identity/totp", "JBSWY3DPEHPK3PXP"))
                .isNotEqualTo(sealed);
    }

    @Test
    void theInstallationHasItsOwnKeyForOperatorSecrets() {
        String sealed = secrets.seal(AuditLog.INSTALLATION, "identity/totp", "operator-secret");

        assertThat(secrets.open(AuditLog.INSTALLATION, "identity/totp", sealed)).isEqualTo("operator-secret");
    }

    @Test
    void aChangedSecretDoesNotOpen() {
        Tenant stadt = tenants.bySlug("musterstadt").orElseThrow();
        String sealed = secrets.seal(stadt.id(), "identity/totp", "JBSWY3DPEHPK3PXP");
        String[] parts = sealed.split("\\.");
        char last = parts[3].charAt(0);
        parts[3] = (last == 'A' ? 'B' : 'A') + parts[3].substring(1);

        assertThatThrownBy(() -> secrets.open(stadt.id(), "identity/totp", String.join(".", parts)))
                .isInstanceOf(IllegalStateException.class);
    }
}
