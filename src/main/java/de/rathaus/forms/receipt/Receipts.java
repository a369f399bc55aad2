package de.rathaus.forms.receipt;

import de.rathaus.platform.files.FileId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The receipts (Eingangsbestätigungen) of the current town's submissions. */
@Service
public class Receipts {

    private final ReceiptRows rows;

    Receipts(ReceiptRows rows) {
        this.rows = rows;
    }

    /**
     * The stored receipt PDF of a submission (open it with platform {@code Files}); empty while it
     * is being made, which takes a moment after the submission.
     */
    @Transactional(readOnly = true)
    public Optional<FileId> of(UUID submissionId) {
        return rows.find(submissionId);
    }
}
