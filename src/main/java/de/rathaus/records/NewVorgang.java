package de.rathaus.records;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Vorgang to open.
 *
 * @param officeId the office the Vorgang belongs to (who may see it in the E-Akte)
 * @param title what the matter is, without personal data (e.g. "Antrag Anwohnerparkausweis")
 * @param serviceId the catalogue service, to find its file plan entry; null for mail without one
 * @param filePlanCode an explicit file plan entry; null to use the service's or the default entry
 */
public record NewVorgang(
        String title, @Nullable UUID serviceId, @Nullable String filePlanCode) {}
