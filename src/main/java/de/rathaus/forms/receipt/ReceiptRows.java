package de.rathaus.forms.receipt;

import de.rathaus.platform.files.FileId;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current town's receipts: which stored file is the receipt of which submission. */
@Repository
class ReceiptRows {

    private final JdbcClient jdbc;

    ReceiptRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FileId> find(UUID submissionId) {
        return jdbc.sql("select file_id from forms.receipt where tenant_id = ? and submission_id = ?")
                .params(CurrentTenant.id().value(), submissionId)
                .query((rs, row) -> new FileId(rs.getObject("file_id", UUID.class)))
                .optional();
    }

    /** Records the receipt; false when the submission already has one (a second delivery won). */
    boolean insert(UUID submissionId, FileId file, Instant createdAt) {
        return jdbc.sql("""
                        insert into forms.receipt (tenant_id, submission_id, file_id, created_at)
                        values (?, ?, ?, ?)
                        on conflict (tenant_id, submission_id) do nothing
                        """)
                        .params(CurrentTenant.id().value(), submissionId, file.value(), Timestamp.from(createdAt))
                        .update()
                == 1;
    }
}
