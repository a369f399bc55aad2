package de.rathaus.catalog.store;

import com.fasterxml.uuid.Generators;
import de.rathaus.catalog.model.LocationData;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The buildings where the town serves citizens. */
@Repository
public class Locations {

    private static final String SELECT = """
            select id, slug, name, street, postal_code, city, step_free, accessibility, public_transport
              from catalog.location
            """;

    private final JdbcClient jdbc;

    Locations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Location> all() {
        return jdbc.sql(SELECT + " where tenant_id = ? order by name collate \"de-x-icu\"")
                .param(CurrentTenant.id().value())
                .query(Locations::map)
                .list();
    }

    public Optional<Location> bySlug(String slug) {
        return jdbc.sql(SELECT + " where tenant_id = ? and slug = ?")
                .params(CurrentTenant.id().value(), slug)
                .query(Locations::map)
                .optional();
    }

    public Optional<Location> byId(UUID id) {
        return jdbc.sql(SELECT + " where tenant_id = ? and id = ?")
                .params(CurrentTenant.id().value(), id)
                .query(Locations::map)
                .optional();
    }

    /** The locations an office serves at, in the order the office lists them. */
    public List<Location> ofOffice(UUID officeId) {
        return jdbc.sql("""
                        select l.id, l.slug, l.name, l.street, l.postal_code, l.city, l.step_free,
                               l.accessibility, l.public_transport
                          from catalog.location l
                          join catalog.office_location ol on ol.tenant_id = l.tenant_id and ol.location_id = l.id
                         where l.tenant_id = ? and ol.office_id = ? order by ol.position
                        """)
                .params(CurrentTenant.id().value(), officeId)
                .query(Locations::map)
                .list();
    }

    /** Creates the location or updates the one with the same slug. */
    public void save(LocationData data) {
        jdbc.sql("""
                        insert into catalog.location (tenant_id, id, slug, name, street, postal_code, city,
                                                      step_free, accessibility, public_transport)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (tenant_id, slug) do update
                           set name = excluded.name, street = excluded.street, postal_code = excluded.postal_code,
                               city = excluded.city, step_free = excluded.step_free,
                               accessibility = excluded.accessibility, public_transport = excluded.public_transport
                        """)
                .params(
                        CurrentTenant.id().value(),
                        Generators.timeBasedEpochGenerator().generate(),
                        data.slug(),
                        data.name(),
                        data.street(),
                        data.postalCode(),
                        data.city(),
                        data.stepFree(),
                        data.accessibility(),
                        data.publicTransport())
                .update();
    }

    private static Location map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Location(
                rs.getObject("id", UUID.class),
                new LocationData(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("street"),
                        rs.getString("postal_code"),
                        rs.getString("city"),
                        rs.getBoolean("step_free"),
                        rs.getString("accessibility"),
                        rs.getString("public_transport")));
    }
}
