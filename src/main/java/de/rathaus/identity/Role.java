package de.rathaus.identity;

import java.util.Arrays;
import java.util.List;

/**
 * What someone may do. Staff roles are granted for one office or for the whole town; OPERATOR runs
 * the installation and sees no personal data.
 */
public enum Role {
    CITIZEN,
    /** Sachbearbeitung: works on the cases of an office. */
    CLERK,
    /** Amtsleitung: leads an office, sees its cases and assigns them. */
    OFFICE_LEAD,
    /** Redaktion: writes service pages, news and events. */
    EDITOR,
    /** Moderation: checks contributions to participation and issue reports. */
    MODERATOR,
    /** Ratsbüro: prepares council meetings and papers. */
    COUNCIL_OFFICE,
    /** Datenpflege: publishes open data. */
    DATA_STEWARD,
    /** Datenschutz: the data protection officer; reads the audit log. */
    DATA_PROTECTION,
    /** Administration of the town's staff accounts and settings. */
    TENANT_ADMIN,
    OPERATOR;

    public boolean isStaff() {
        return this != CITIZEN && this != OPERATOR;
    }

    /** Roles that only make sense inside an office (its cases): they need one. */
    public boolean requiresOffice() {
        return this == CLERK || this == OFFICE_LEAD;
    }

    /** Roles that always cover the whole town and are never limited to an office. */
    public boolean townWide() {
        return this == TENANT_ADMIN || this == DATA_PROTECTION || this == COUNCIL_OFFICE;
    }

    public static List<Role> staffRoles() {
        return Arrays.stream(values()).filter(Role::isStaff).toList();
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    static String[] staffRoleNames() {
        return staffRoles().stream().map(Role::name).toArray(String[]::new);
    }
}
