package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.identity.login.AccountPrincipal;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentAccountTest {

    private final CurrentAccount current = new CurrentAccount();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tellsOtherModulesWhoIsSignedInWithRolesOfficesAndTrust() {
        UUID town = UUID.randomUUID();
        UUID buergerbuero = UUID.randomUUID();
        var principal = new AccountPrincipal(
                UUID.randomUUID(),
                town,
                town,
                UUID.randomUUID(),
                AccountKind.STAFF,
                "Sam Schreiber",
                Set.of(new RoleGrant(Role.CLERK, buergerbuero), new RoleGrant(Role.EDITOR, null)),
                TrustLevel.SUBSTANTIAL,
                false);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));

        SignedInAccount account = current.get();

        assertThat(account.pseudonym()).isEqualTo(principal.pseudonym());
        assertThat(account.tenantId().value()).isEqualTo(town);
        assertThat(account.isStaff()).isTrue();
        assertThat(account.hasRole(Role.CLERK)).isTrue();
        assertThat(account.hasRole(Role.TENANT_ADMIN)).isFalse();
        assertThat(account.hasRoleFor(Role.CLERK, buergerbuero)).isTrue();
        assertThat(account.hasRoleFor(Role.CLERK, UUID.randomUUID())).isFalse();
        assertThat(account.hasRoleFor(Role.EDITOR, UUID.randomUUID()))
                .as("a town-wide role covers every office")
                .isTrue();
        assertThat(account.offices()).containsExactly(buergerbuero);
        assertThat(account.trustLevel().atLeast(TrustLevel.SUBSTANTIAL)).isTrue();
        assertThat(account.trustLevel().atLeast(TrustLevel.HIGH)).isFalse();
        assertThat(principal.authorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_CLERK", "ROLE_EDITOR");
    }

    @Test
    void nobodyIsSignedInWithoutAnAccountPrincipal() {
        assertThat(current.find()).isEmpty();
        assertThatThrownBy(current::get).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void officeRulesOfRolesAreEnforced() {
        assertThatThrownBy(() -> new RoleGrant(Role.CLERK, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoleGrant(Role.TENANT_ADMIN, UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RoleGrant(Role.EDITOR, UUID.randomUUID()).officeId()).isNotNull();
    }
}
