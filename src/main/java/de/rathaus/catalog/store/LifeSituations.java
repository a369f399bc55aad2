package de.rathaus.catalog.store;

import com.fasterxml.uuid.Generators;
import de.rathaus.catalog.model.Audience;
import de.rathaus.catalog.model.LifeSituationData;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The town's life situations (Lebenslagen), in the order of their tiles. */
@Repository
public class LifeSituations {

    private final JdbcClient jdbc;

    LifeSituations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LifeSituation> all() {
        return jdbc.sql("""
                        select id, slug, audience, name, teaser, position from catalog.life_situation
                         where tenant_id = ? order by audience, position, name collate "de-x-icu"
                        """)
                .param(CurrentTenant.id().value())
                .query(LifeSituations::map)
                .list();
    }

    public Optional<LifeSituation> bySlug(String slug) {
        return jdbc.sql("""
                        select id, slug, audience, name, teaser, position from catalog.life_situation
                         where tenant_id = ? and slug = ?
                        """)
                .params(CurrentTenant.id().value(), slug)
                .query(LifeSituations::map)
                .optional();
    }

    /** Creates the life situation or updates the one with the same slug. */
    public void save(LifeSituationData data) {
        jdbc.sql("""
                        insert into catalog.life_situation (tenant_id, id, slug, audience, name, teaser, position)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (tenant_id, slug) do update
                           set audience = excluded.audience, name = excluded.name,
                               teaser = excluded.teaser, position = excluded.position
                        """)
                .params(
                        CurrentTenant.id().value(),
                        Generators.timeBasedEpochGenerator().generate(),
                        data.slug(),
                        data.audience().name(),
                        data.name(),
                        data.teaser(),
                        data.position())
                .update();
    }

    private static LifeSituation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new LifeSituation(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                Audience.valueOf(rs.getString("audience")),
                rs.getString("name"),
                rs.getString("teaser"),
                rs.getInt("position"));
    }
}
