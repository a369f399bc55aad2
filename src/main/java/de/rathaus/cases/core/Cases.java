package de.rathaus.cases.core;

import de.rathaus.cases.CaseId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The core of the back office that the other parts of the module build on (decisions, requests,
 * forwarding, the citizen's view). Everything works in the current tenant, joins the caller's
 * transaction, and checks who may see a case: staff of the case's office and that office's deputies
 * (Vertretung); the applicant through {@link #ofApplicant}.
 */
public interface Cases {

    /** Opens a case with its Vorgang and Aktenzeichen in the E-Akte and the workflow's first state. */
    CaseRecord open(NewCase newCase);

    /** The case if the signed-in staff member may see it. @throws CaseNotFound otherwise */
    CaseRecord require(CaseId id);

    /** Like {@link #require}, and writes the audit entry {@code case.viewed}: for pages showing it. */
    CaseRecord view(CaseId id);

    /** The case of this applicant (citizen pseudonym); empty for anyone else's. */
    Optional<CaseRecord> ofApplicant(CaseId id, UUID applicant);

    /** The cases of this applicant, newest first. */
    List<CaseRecord> allOfApplicant(UUID applicant);

    /** For listeners and jobs (no person signed in): the case, without a visibility check. */
    Optional<CaseRecord> bySystem(CaseId id);

    Optional<CaseRecord> bySubmission(UUID submissionId);

    /**
     * Moves the case as the signed-in staff member, if the workflow allows it for their role; writes
     * history and audit. @throws TransitionRefused
     */
    void move(CaseId id, StateKey to, String comment);

    /** Moves the case on behalf of the system (e.g. back to work when the citizen answered). */
    void moveBySystem(CaseId id, StateKey to, String reason);

    /** Adds a line to the case's history (the caller writes its own audit entry). */
    void record(CaseId id, HistoryKind kind, String text);

    /** The history, oldest first. */
    List<HistoryEntry> history(CaseId id);
}
