package de.rathaus.identity;

import java.util.Arrays;

/** What someone may do. Staff roles are bound to offices; OPERATOR runs the installation. */
public enum Role {
    CITIZEN,
    CLERK,
    OFFICE_LEAD,
    EDITOR,
    MODERATOR,
    COUNCIL_OFFICE,
    DATA_STEWARD,
    DATA_PROTECTION,
    TENANT_ADMIN,
    OPERATOR;

    public boolean isStaff() {
        return this != CITIZEN && this != OPERATOR;
    }

    static String[] staffRoleNames() {
        return Arrays.stream(values()).filter(Role::isStaff).map(Role::name).toArray(String[]::new);
    }
}
