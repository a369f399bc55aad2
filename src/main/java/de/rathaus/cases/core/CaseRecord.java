package de.rathaus.cases.core;

import de.rathaus.cases.CaseId;
import de.rathaus.records.VorgangId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case as the back office sees it.
 *
 * @param submissionId the online application it came from; null for letters and copies
 * @param reference the reference number the citizen knows; null where there is none
 * @param aktenzeichen the file reference from the file plan (E-Akte)
 * @param serviceId the catalogue service; null for a letter not yet assigned to one
 * @param title what the case is about, without personal data (e.g. the service's name)
 * @param confidential the service is confidential: name it in no e-mail, calendar or display, and
 *     forward it nowhere without the citizen's consent
 * @param applicant the citizen's account pseudonym; null for guests and letters
 * @param contactEmail the address for notices when the applicant has no account
 * @param assignee the pseudonym of the clerk working on it
 * @param due the deadline (Frist) of the current state, null when the state has none
 * @param followUp the date the assignee wants to see it again (Wiedervorlage)
 */
public record CaseRecord(
        CaseId id,
        @Nullable UUID submissionId,
        @Nullable String reference,
        String aktenzeichen,
        VorgangId vorgang,
        @Nullable UUID serviceId,
        String title,
        boolean confidential,
        UUID officeId,
        @Nullable UUID applicant,
        @Nullable String contactEmail,
        Channel channel,
        StateKey state,
        @Nullable UUID assignee,
        @Nullable LocalDate due,
        @Nullable LocalDate followUp,
        Instant receivedAt) {}
