package de.rathaus.records;

import java.util.List;
import java.util.Optional;

/**
 * The E-Akte as other modules use it: every case is a Vorgang inside an Akte filed under a file plan
 * entry; documents are added with versions and become immutable once the Vorgang is closed (zdA).
 * All calls work in the current tenant and join the caller's transaction.
 */
public interface Records {

    /** Opens a Vorgang and gives it its Aktenzeichen. */
    VorgangRef open(NewVorgang vorgang);

    Optional<VorgangRef> find(VorgangId id);

    Optional<VorgangRef> byAktenzeichen(String aktenzeichen);

    /** @throws VorgangClosed when the Vorgang is closed */
    DocumentId add(VorgangId vorgang, NewDocument document);

    /** Adds a new version of a document; the older versions stay. @throws VorgangClosed */
    void addVersion(DocumentId document, de.rathaus.platform.files.FileId file);

    /** The documents of a Vorgang, each in its latest version, oldest first. */
    List<RecordDocument> documents(VorgangId vorgang);

    /** Closes the Vorgang (zdA); from the end of this year its retention period runs. Idempotent. */
    void close(VorgangId vorgang);

    /**
     * Reopens a closed matter (objection, lawsuit) as a new Vorgang in the same Akte, linked to the
     * closed one, which stays unchanged.
     */
    VorgangRef reopen(VorgangId closed, String reason);

    /** The town's file plan, in code order. */
    List<FilePlanEntry> filePlan();

    /**
     * Files the service's future Vorgänge under this entry.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    void assign(java.util.UUID serviceId, String filePlanCode);
}
