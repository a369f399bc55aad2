package de.rathaus.identity;

import de.rathaus.platform.tenancy.TenantId;
import java.util.UUID;

/**
 * A citizen deleted their account: name, e-mail address and credentials are gone. Modules that
 * keep personal data of this person delete or anonymise it now, except what a retention period
 * requires them to keep (which stays referable by the pseudonym).
 */
public record AccountDeleted(TenantId tenantId, UUID pseudonym) {}
