package de.rathaus.catalog.store;

import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps one search row per published service, FAQ and office (table catalog.search_document). */
@Repository
class SearchDocuments {

    /** The kinds of things search finds. */
    enum Kind {
        SERVICE,
        FAQ,
        OFFICE
    }

    private final JdbcClient jdbc;

    SearchDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(Kind kind, UUID refId, String slug, String title, String teaser, String keywords, String body) {
        jdbc.sql("""
                        insert into catalog.search_document (tenant_id, kind, ref_id, slug, title, teaser, keywords, body)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (tenant_id, kind, ref_id) do update
                           set slug = excluded.slug, title = excluded.title, teaser = excluded.teaser,
                               keywords = excluded.keywords, body = excluded.body
                        """)
                .params(CurrentTenant.id().value(), kind.name(), refId, slug, title, teaser, keywords, body)
                .update();
    }

    void remove(Kind kind, UUID refId) {
        jdbc.sql("delete from catalog.search_document where tenant_id = ? and kind = ? and ref_id = ?")
                .params(CurrentTenant.id().value(), kind.name(), refId)
                .update();
    }
}
