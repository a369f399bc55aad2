package de.rathaus.forms.library;

import de.rathaus.platform.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forms and versions of the current town in the database; every query is for the current town. */
@Repository
class FormVersions {

    /** A version without its document: enough to find it in the cache. */
    record Meta(
            UUID formId,
            int version,
            UUID serviceId,
            VersionStatus status,
            @Nullable Instant publishedAt) {}

    /** A version with who stored it and its document text. */
    record Row(Meta meta, Instant createdAt, @Nullable UUID createdBy, String document) {}

    private static final String META = "form_id, version, service_id, status, published_at";

    private final JdbcClient jdbc;

    FormVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }

    Optional<UUID> formIdByKey(String key) {
        return jdbc.sql("select id from forms.form where tenant_id = ? and key = ?")
                .params(tenant(), key)
                .query(UUID.class)
                .optional();
    }

    Optional<String> key(UUID formId) {
        return jdbc.sql("select key from forms.form where tenant_id = ? and id = ?")
                .params(tenant(), formId)
                .query(String.class)
                .optional();
    }

    /** The form with this key, created when it is new; locked until the transaction ends. */
    UUID lockOrCreate(String key, UUID newId, UUID serviceId, Instant now) {
        jdbc.sql("""
                        insert into forms.form (tenant_id, id, key, service_id, created_at) values (?, ?, ?, ?, ?)
                        on conflict (tenant_id, key) do nothing
                        """)
                .params(tenant(), newId, key, serviceId, Timestamp.from(now))
                .update();
        return jdbc.sql("select id from forms.form where tenant_id = ? and key = ? for update")
                .params(tenant(), key)
                .query(UUID.class)
                .single();
    }

    boolean lock(UUID formId) {
        return jdbc.sql("select id from forms.form where tenant_id = ? and id = ? for update")
                .params(tenant(), formId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    Optional<Meta> draft(UUID formId) {
        return jdbc.sql("select " + META
                        + " from forms.form_version where tenant_id = ? and form_id = ? and status = 'DRAFT'")
                .params(tenant(), formId)
                .query(FormVersions::meta)
                .optional();
    }

    int latestVersion(UUID formId) {
        return jdbc.sql("select coalesce(max(version), 0) from forms.form_version where tenant_id = ? and form_id = ?")
                .params(tenant(), formId)
                .query(Integer.class)
                .single();
    }

    void insertDraft(UUID formId, int version, UUID serviceId, String document, @Nullable UUID author, Instant now) {
        jdbc.sql("""
                        insert into forms.form_version
                            (tenant_id, form_id, version, service_id, document, status, created_at, created_by)
                        values (?, ?, ?, ?, cast(? as jsonb), 'DRAFT', ?, ?)
                        """)
                .params(tenant(), formId, version, serviceId, document, Timestamp.from(now), author)
                .update();
    }

    void replaceDraft(UUID formId, int version, UUID serviceId, String document, @Nullable UUID author, Instant now) {
        jdbc.sql("""
                        update forms.form_version
                           set service_id = ?, document = cast(? as jsonb), created_at = ?, created_by = ?
                         where tenant_id = ? and form_id = ? and version = ? and status = 'DRAFT'
                        """)
                .params(serviceId, document, Timestamp.from(now), author, tenant(), formId, version)
                .update();
    }

    /** Makes the version the published one; the version published before is retired. */
    void publish(UUID formId, int version, UUID serviceId, Instant now) {
        retirePublished(formId);
        jdbc.sql("""
                        update forms.form_version set status = 'PUBLISHED', published_at = coalesce(published_at, ?)
                         where tenant_id = ? and form_id = ? and version = ?
                        """).params(Timestamp.from(now), tenant(), formId, version).update();
        jdbc.sql("update forms.form set service_id = ? where tenant_id = ? and id = ?")
                .params(serviceId, tenant(), formId)
                .update();
    }

    int retirePublished(UUID formId) {
        return jdbc.sql("""
                        update forms.form_version set status = 'RETIRED'
                         where tenant_id = ? and form_id = ? and status = 'PUBLISHED'
                        """).params(tenant(), formId).update();
    }

    List<Meta> published() {
        return jdbc.sql("select " + META + " from forms.form_version where tenant_id = ? and status = 'PUBLISHED'")
                .param(tenant())
                .query(FormVersions::meta)
                .list();
    }

    Optional<Meta> published(UUID formId) {
        return jdbc.sql("select " + META
                        + " from forms.form_version where tenant_id = ? and form_id = ? and status = 'PUBLISHED'")
                .params(tenant(), formId)
                .query(FormVersions::meta)
                .optional();
    }

    Optional<Meta> version(UUID formId, int version) {
        return jdbc.sql("select " + META
                        + " from forms.form_version where tenant_id = ? and form_id = ? and version = ?")
                .params(tenant(), formId, version)
                .query(FormVersions::meta)
                .optional();
    }

    String document(UUID formId, int version) {
        return jdbc.sql("""
                        select document::text from forms.form_version
                         where tenant_id = ? and form_id = ? and version = ?
                        """)
                .params(tenant(), formId, version)
                .query(String.class)
                .single();
    }

    /** All versions of a form, newest first. */
    List<Row> versions(UUID formId) {
        return jdbc.sql("select " + META + """
                        , created_at, created_by, document::text as document
                          from forms.form_version where tenant_id = ? and form_id = ? order by version desc
                        """)
                .params(tenant(), formId)
                .query((rs, n) -> new Row(
                        meta(rs, n),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getObject("created_by", UUID.class),
                        rs.getString("document")))
                .list();
    }

    /** Every form of the town with its newest, published and draft version numbers and newest title. */
    List<FormSummary> summaries() {
        return jdbc.sql("""
                        select f.id, f.key, latest.version as latest, latest.document ->> 'title' as title,
                               (select version from forms.form_version p
                                 where p.tenant_id = f.tenant_id and p.form_id = f.id and p.status = 'PUBLISHED') as published,
                               (select version from forms.form_version d
                                 where d.tenant_id = f.tenant_id and d.form_id = f.id and d.status = 'DRAFT') as draft
                          from forms.form f
                          join lateral (select version, document from forms.form_version v
                                         where v.tenant_id = f.tenant_id and v.form_id = f.id
                                         order by version desc limit 1) latest on true
                         where f.tenant_id = ?
                         order by latest.document ->> 'title' collate "de-x-icu", f.key
                        """)
                .param(tenant())
                .query((rs, n) -> new FormSummary(
                        new de.rathaus.forms.FormId(rs.getObject("id", UUID.class)),
                        rs.getString("key"),
                        rs.getString("title"),
                        rs.getInt("latest"),
                        rs.getObject("published", Integer.class),
                        rs.getObject("draft", Integer.class)))
                .list();
    }

    private static Meta meta(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Meta(
                rs.getObject("form_id", UUID.class),
                rs.getInt("version"),
                rs.getObject("service_id", UUID.class),
                VersionStatus.valueOf(rs.getString("status")),
                published == null ? null : published.toInstant());
    }
}
