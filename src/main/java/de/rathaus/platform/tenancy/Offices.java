package de.rathaus.platform.tenancy;

import com.fasterxml.uuid.Generators;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The offices (Organisationseinheiten) of the current tenant. */
@Service
public class Offices {

    private final JdbcClient jdbc;

    Offices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Office> all() {
        return jdbc.sql("""
                        select tenant_id, id, slug, name, email, phone from platform.office
                         where tenant_id = ? order by name collate "de-x-icu"
                        """)
                .param(CurrentTenant.id().value())
                .query(Offices::map)
                .list();
    }

    public Optional<Office> byId(UUID id) {
        return jdbc.sql("""
                        select tenant_id, id, slug, name, email, phone from platform.office
                         where tenant_id = ? and id = ?
                        """)
                .params(CurrentTenant.id().value(), id)
                .query(Offices::map)
                .optional();
    }

    public Optional<Office> bySlug(String slug) {
        return jdbc.sql("""
                        select tenant_id, id, slug, name, email, phone from platform.office
                         where tenant_id = ? and slug = ?
                        """)
                .params(CurrentTenant.id().value(), slug)
                .query(Offices::map)
                .optional();
    }

    /** Creates the office, or updates name and contact of the one with this slug. */
    public Office save(String slug, String name, @Nullable String email, @Nullable String phone) {
        jdbc.sql("""
                        insert into platform.office (tenant_id, id, slug, name, email, phone)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (tenant_id, slug) do update
                           set name = excluded.name, email = excluded.email, phone = excluded.phone
                        """)
                .params(
                        CurrentTenant.id().value(),
                        Generators.timeBasedEpochGenerator().generate(),
                        slug,
                        name,
                        email,
                        phone)
                .update();
        return bySlug(slug).orElseThrow();
    }

    private static Office map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Office(
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"));
    }
}
