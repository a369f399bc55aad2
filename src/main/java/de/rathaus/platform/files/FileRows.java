package de.rathaus.platform.files;

import de.rathaus.platform.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The files' metadata rows, always those of the current town. */
@Component
class FileRows {

    /** A file's metadata and what is needed to decrypt its content. */
    record Row(StoredFile file, String keyId, int chunkCount) {}

    private static final String SELECT = """
        select id, name, size, media_type, sha256, scan_status, scan_finding, stored_at, key_id, chunk_count
          from platform.file
         where tenant_id = :tenant
        """;

    private final JdbcClient jdbc;

    FileRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        StoredFile file = row.file();
        jdbc.sql("""
            insert into platform.file (tenant_id, id, name, size, media_type, sha256, scan_status,
                                       scan_finding, scanned_at, stored_at, key_id, chunk_count)
            values (:tenant, :id, :name, :size, :mediaType, :sha256, :status,
                    :finding, :scannedAt, :storedAt, :keyId, :chunkCount)
            """)
                .param("tenant", tenant())
                .param("id", file.id().value())
                .param("name", file.name())
                .param("size", file.size())
                .param("mediaType", file.mediaType())
                .param("sha256", file.sha256())
                .param("status", file.scanStatus().name())
                .param("finding", file.scanFinding())
                .param("scannedAt", scanned(file.scanStatus()) ? Timestamp.from(file.storedAt()) : null)
                .param("storedAt", Timestamp.from(file.storedAt()))
                .param("keyId", row.keyId())
                .param("chunkCount", row.chunkCount())
                .update();
    }

    Optional<Row> find(FileId id) {
        return jdbc.sql(SELECT + " and id = :id")
                .param("tenant", tenant())
                .param("id", id.value())
                .query(FileRows::map)
                .optional();
    }

    boolean delete(FileId id) {
        return jdbc.sql("delete from platform.file where tenant_id = :tenant and id = :id")
                        .param("tenant", tenant())
                        .param("id", id.value())
                        .update()
                > 0;
    }

    /** Files waiting for a scanner, oldest first, after the given one (ids grow with time). */
    List<Row> pending(@Nullable FileId after, int limit) {
        return jdbc.sql(SELECT + """
               and scan_status = 'QUARANTINED_PENDING' and id > :after
             order by id limit :limit
            """)
                .param("tenant", tenant())
                .param("after", after == null ? new UUID(0, 0) : after.value())
                .param("limit", limit)
                .query(FileRows::map)
                .list();
    }

    /**
     * Records the verdict for a file that waited for the scanner. Only a waiting file changes, so
     * two nodes rescanning the same file cannot overwrite each other's or a later decision.
     */
    boolean recordScan(FileId id, ScanStatus status, @Nullable String finding) {
        return jdbc.sql("""
            update platform.file set scan_status = :status, scan_finding = :finding, scanned_at = now()
             where tenant_id = :tenant and id = :id and scan_status = 'QUARANTINED_PENDING'
            """)
                        .param("status", status.name())
                        .param("finding", finding)
                        .param("tenant", tenant())
                        .param("id", id.value())
                        .update()
                > 0;
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }

    private static boolean scanned(ScanStatus status) {
        return status == ScanStatus.CLEAN || status == ScanStatus.QUARANTINED_INFECTED;
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        var file = new StoredFile(
                new FileId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getLong("size"),
                rs.getString("media_type"),
                rs.getString("sha256"),
                ScanStatus.valueOf(rs.getString("scan_status")),
                rs.getString("scan_finding"),
                rs.getTimestamp("stored_at").toInstant());
        return new Row(file, rs.getString("key_id"), rs.getInt("chunk_count"));
    }
}
