package de.rathaus.identity.directory;

import de.rathaus.identity.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The directories staff sign in with, one per town at most
 * ({@code rathaus.identity.directory.towns.<town slug>}).
 */
@ConfigurationProperties("rathaus.identity.directory")
record DirectoryProperties(Map<String, Town> towns) {

    DirectoryProperties {
        towns = towns == null ? Map.of() : Map.copyOf(towns);
    }

    /**
     * @param url {@code ldap://host:389} or {@code ldaps://host:636}
     * @param base the base DN all other DNs are below, e.g. {@code dc=musterstadt,dc=de}
     * @param managerDn the account that looks people up; anonymous search without it
     * @param userSearchBase where people are, relative to {@code base}
     * @param userSearchFilter how the login name finds a person; {@code {0}} is the login name
     * @param idAttribute a value that never changes for a person ({@code entryUUID} in OpenLDAP,
     *     {@code objectGUID} in Active Directory): accounts stay linked when people are renamed or moved
     * @param groupSearchBase where groups are, relative to {@code base}
     * @param groupSearchFilter the groups of a person; {@code {0}} is the person's DN, {@code {1}}
     *     the login name
     * @param roleGroups the roles that group membership gives; if there are any, the directory
     *     decides the roles of its staff at every sign-in, and only members of these groups may
     *     sign in. Without them, the town's administrator grants roles in Rathaus.
     */
    record Town(
            String url,
            String base,
            @Nullable String managerDn,
            @Nullable String managerPassword,
            @DefaultValue("") String userSearchBase,
            @DefaultValue("(|(uid={0})(mail={0}))") String userSearchFilter,
            @DefaultValue("entryUUID") String idAttribute,
            @DefaultValue("mail") String emailAttribute,
            @DefaultValue("displayName") String nameAttribute,
            @DefaultValue("") String groupSearchBase,
            @DefaultValue("(member={0})") String groupSearchFilter,
            @Nullable List<RoleGroup> roleGroups,
            @DefaultValue("5s") Duration timeout) {

        Town {
            if (!StringUtils.hasText(url) || !StringUtils.hasText(base)) {
                throw new IllegalArgumentException("A directory needs a url and a base DN");
            }
            roleGroups = roleGroups == null ? List.of() : List.copyOf(roleGroups);
        }

        boolean managesRoles() {
            return !roleGroups.isEmpty();
        }
    }

    /**
     * Members of the group (its full DN) hold the role, in the office with this slug where the
     * role needs one.
     */
    record RoleGroup(String group, Role role, @Nullable String office) {

        RoleGroup {
            if (!role.isStaff()) {
                throw new IllegalArgumentException("A directory group can only give staff roles, not " + role);
            }
            if (role.requiresOffice() && !StringUtils.hasText(office)) {
                throw new IllegalArgumentException(role + " needs an office: set office for group " + group);
            }
            if (role.townWide() && StringUtils.hasText(office)) {
                throw new IllegalArgumentException(
                        role + " always covers the whole town: remove office for group " + group);
            }
        }
    }
}
