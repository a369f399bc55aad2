package de.rathaus.identity.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.identity.Role;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectorySettingsTest {

    @Test
    void anActiveDirectoryObjectGuidReadsAsItsUsualText() {
        // objectGUID 00112233-4455-6677-8899-aabbccddeeff travels with its first three groups little-endian
        byte[] wire = HexFormat.of().parseHex("33221100554477668899aabbccddeeff");

        assertThat(TownDirectory.idOf(wire)).isEqualTo("00112233-4455-6677-8899-aabbccddeeff");
    }

    @Test
    void anIdSentAsTextStaysText() {
        assertThat(TownDirectory.idOf("3f1e0c7a-9d2b-4c55-8e61-0a7b2c9d4e10".getBytes()))
                .isEqualTo("3f1e0c7a-9d2b-4c55-8e61-0a7b2c9d4e10");
    }

    @Test
    void groupsGiveOnlyStaffRolesAndOfficesWhereTheRoleNeedsOne() {
        assertThat(new DirectoryProperties.RoleGroup("cn=a", Role.CLERK, "bauamt").office())
                .isEqualTo("bauamt");
        assertThatThrownBy(() -> new DirectoryProperties.RoleGroup("cn=a", Role.CLERK, null))
                .hasMessageContaining("needs an office");
        assertThatThrownBy(() -> new DirectoryProperties.RoleGroup("cn=a", Role.TENANT_ADMIN, "bauamt"))
                .hasMessageContaining("whole town");
        assertThatThrownBy(() -> new DirectoryProperties.RoleGroup("cn=a", Role.OPERATOR, null))
                .hasMessageContaining("staff roles");
    }

    @Test
    void aDirectoryWithoutRoleGroupsLeavesTheRolesToTheAdministrator() {
        var town = new DirectoryProperties.Town(
                "ldap://dc:389",
                "dc=x",
                null,
                null,
                "",
                "(uid={0})",
                "entryUUID",
                "mail",
                "displayName",
                "",
                "(member={0})",
                null,
                Duration.ofSeconds(5));

        assertThat(town.managesRoles()).isFalse();
        assertThat(new DirectoryProperties.Town(
                                "ldap://dc:389",
                                "dc=x",
                                null,
                                null,
                                "",
                                "(uid={0})",
                                "entryUUID",
                                "mail",
                                "displayName",
                                "",
                                "(member={0})",
                                List.of(new DirectoryProperties.RoleGroup("cn=r", Role.EDITOR, null)),
                                Duration.ofSeconds(5))
                        .managesRoles())
                .isTrue();
    }
}
