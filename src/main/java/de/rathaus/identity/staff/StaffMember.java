package de.rathaus.identity.staff;

import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.account.Account;
import java.util.List;

/** A staff account with its roles, as the administration pages show it. */
public record StaffMember(Account account, List<RoleGrant> grants) {}
