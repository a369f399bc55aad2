package de.rathaus.catalog.web;

import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published services of the current town for the API list, with their LeiKa keys and office
 * in one query (the pages' cards do not carry them).
 */
@Repository
class ServiceListing {

    /** One row of the list; {@code officeId} is resolved to the office by the caller. */
    record Row(
            UUID id,
            String slug,
            String name,
            String teaser,
            List<String> leikaKeys,
            @Nullable UUID officeId) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ServiceListing(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Row> all(@Nullable UUID lifeSituationId) {
        return jdbc.sql("""
                        select s.id, s.slug, s.name, s.teaser, coalesce(s.content -> 'leikaKeys', '[]')::text as leika,
                               s.office_id
                          from catalog.published_service s
                         where s.tenant_id = :tenant
                           and (cast(:situation as uuid) is null or exists (
                                select 1 from catalog.published_service_life_situation l
                                 where l.tenant_id = s.tenant_id and l.life_situation_id = :situation
                                   and l.service_id = s.id))
                         order by s.name collate "de-x-icu"
                        """)
                .param("tenant", CurrentTenant.id().value())
                .param("situation", lifeSituationId)
                .query((rs, row) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("teaser"),
                        Arrays.asList(json.readValue(rs.getString("leika"), String[].class)),
                        rs.getObject("office_id", UUID.class)))
                .list();
    }
}
