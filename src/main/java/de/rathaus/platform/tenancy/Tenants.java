package de.rathaus.platform.tenancy;

import com.fasterxml.uuid.Generators;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities of this installation and the host names that lead to them. */
@Service
public class Tenants {

    private static final String SELECT = """
            select id, slug, name, accent_colour, is_default, address, email, phone, represented_by
              from platform.tenant
            """;

    private final JdbcClient jdbc;

    Tenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant a host name belongs to, or the default tenant for a host nobody registered. */
    public Optional<Tenant> forHost(String host) {
        String normalised = host.toLowerCase(Locale.ROOT);
        return jdbc.sql(SELECT + " where id = (select tenant_id from platform.tenant_host where host = ?)")
                .param(normalised)
                .query(Tenants::map)
                .optional()
                .or(this::defaultTenant);
    }

    public Optional<Tenant> defaultTenant() {
        return jdbc.sql(SELECT + " where is_default").query(Tenants::map).optional();
    }

    public Optional<Tenant> bySlug(String slug) {
        return jdbc.sql(SELECT + " where slug = ?")
                .param(slug)
                .query(Tenants::map)
                .optional();
    }

    public Optional<Tenant> byId(TenantId id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id.value())
                .query(Tenants::map)
                .optional();
    }

    public List<Tenant> all() {
        return jdbc.sql(SELECT + " order by name collate \"de-x-icu\"")
                .query(Tenants::map)
                .list();
    }

    public List<String> hostsOf(TenantId id) {
        return jdbc.sql("select host from platform.tenant_host where tenant_id = ? order by host")
                .param(id.value())
                .query(String.class)
                .list();
    }

    /** Registers a new tenant; the first one, or one marked default, answers unknown hosts. */
    @Transactional
    public Tenant create(NewTenant tenant) {
        AccentColour.check(tenant.accentColour());
        var id = new TenantId(Generators.timeBasedEpochGenerator().generate());
        if (tenant.isDefault()) {
            jdbc.sql("update platform.tenant set is_default = false where is_default")
                    .update();
        }
        jdbc.sql("""
                        insert into platform.tenant
                            (id, slug, name, accent_colour, is_default, address, email, phone, represented_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.value(),
                        tenant.slug(),
                        tenant.name(),
                        tenant.accentColour(),
                        tenant.isDefault(),
                        tenant.address(),
                        tenant.email(),
                        tenant.phone(),
                        tenant.representedBy())
                .update();
        for (String host : tenant.hosts()) {
            jdbc.sql("insert into platform.tenant_host (host, tenant_id) values (?, ?)")
                    .params(host.toLowerCase(Locale.ROOT), id.value())
                    .update();
        }
        return byId(id).orElseThrow();
    }

    private static Tenant map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Tenant(
                new TenantId(rs.getObject("id", java.util.UUID.class)),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("accent_colour"),
                rs.getBoolean("is_default"),
                rs.getString("address"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("represented_by"));
    }
}
