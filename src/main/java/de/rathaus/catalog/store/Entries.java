package de.rathaus.catalog.store;

import com.fasterxml.uuid.Generators;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versioned store of services and FAQs: every save adds a version, nothing is overwritten,
 * and at most one version is the published one. Callers go through {@link CatalogEditing}, which
 * checks content and keeps the published projection in step.
 */
@Repository
class Entries {

    private static final String SELECT = """
            select e.id, e.kind, e.slug, e.latest_version, e.published_version, e.updated_at,
                   coalesce(v.content ->> 'name', v.content ->> 'question', '') as title
              from catalog.entry e
              join catalog.entry_version v
                on v.tenant_id = e.tenant_id and v.entry_id = e.id and v.version = e.latest_version
            """;

    private final JdbcClient jdbc;

    Entries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Entry> find(EntryKind kind, UUID id) {
        return jdbc.sql(SELECT + " where e.tenant_id = ? and e.kind = ? and e.id = ?")
                .params(tenant(), kind.name(), id)
                .query(Entries::entry)
                .optional();
    }

    Optional<Entry> findBySlug(EntryKind kind, String slug) {
        return jdbc.sql(SELECT + " where e.tenant_id = ? and e.kind = ? and e.slug = ?")
                .params(tenant(), kind.name(), slug)
                .query(Entries::entry)
                .optional();
    }

    List<Entry> all(EntryKind kind) {
        return jdbc.sql(
                        SELECT
                                + " where e.tenant_id = ? and e.kind = ? order by coalesce(v.content ->> 'name', v.content ->> 'question', '') collate \"de-x-icu\"")
                .params(tenant(), kind.name())
                .query(Entries::entry)
                .list();
    }

    UUID create(EntryKind kind, String slug, String content, Author author) {
        UUID id = Generators.timeBasedEpochGenerator().generate();
        jdbc.sql("""
                        insert into catalog.entry (tenant_id, id, kind, slug, latest_version)
                        values (?, ?, ?, ?, 1)
                        """).params(tenant(), id, kind.name(), slug).update();
        insertVersion(id, 1, content, author);
        return id;
    }

    /** Adds a version; returns its number. Locks the entry, so two saves never get one number. */
    int addVersion(UUID id, String content, Author author) {
        int version = jdbc.sql("""
                        update catalog.entry set latest_version = latest_version + 1, updated_at = now()
                         where tenant_id = ? and id = ? returning latest_version
                        """).params(tenant(), id).query(Integer.class).single();
        insertVersion(id, version, content, author);
        return version;
    }

    Optional<String> content(UUID id, int version) {
        return jdbc.sql("""
                        select content::text from catalog.entry_version
                         where tenant_id = ? and entry_id = ? and version = ?
                        """).params(tenant(), id, version).query(String.class).optional();
    }

    List<EntryVersion> versions(UUID id) {
        return jdbc.sql("""
                        select version, author_name, created_at, published_at from catalog.entry_version
                         where tenant_id = ? and entry_id = ? order by version desc
                        """)
                .params(tenant(), id)
                .query((rs, row) -> new EntryVersion(
                        rs.getInt("version"),
                        rs.getString("author_name"),
                        instant(rs.getTimestamp("created_at")),
                        rs.getTimestamp("published_at") == null ? null : instant(rs.getTimestamp("published_at"))))
                .list();
    }

    void markPublished(UUID id, int version) {
        jdbc.sql("""
                        update catalog.entry set published_version = ?, updated_at = now()
                         where tenant_id = ? and id = ?
                        """).params(version, tenant(), id).update();
        jdbc.sql("""
                        update catalog.entry_version set published_at = now()
                         where tenant_id = ? and entry_id = ? and version = ? and published_at is null
                        """).params(tenant(), id, version).update();
    }

    void markWithdrawn(UUID id) {
        jdbc.sql("""
                        update catalog.entry set published_version = null, updated_at = now()
                         where tenant_id = ? and id = ?
                        """).params(tenant(), id).update();
    }

    private void insertVersion(UUID id, int version, String content, Author author) {
        jdbc.sql("""
                        insert into catalog.entry_version (tenant_id, entry_id, version, content, author_id, author_name)
                        values (?, ?, ?, ?::jsonb, ?, ?)
                        """)
                .params(tenant(), id, version, content, author.accountId(), author.name())
                .update();
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getObject("id", UUID.class),
                EntryKind.valueOf(rs.getString("kind")),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getInt("latest_version"),
                rs.getObject("published_version", Integer.class),
                instant(rs.getTimestamp("updated_at")));
    }
}
