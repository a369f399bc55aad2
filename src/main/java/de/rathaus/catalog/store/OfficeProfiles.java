package de.rathaus.catalog.store;

import de.rathaus.catalog.model.OfficeData;
import de.rathaus.catalog.model.OpeningHours;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Office;
import de.rathaus.platform.tenancy.Offices;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public profiles of the town's offices. The office itself (name, e-mail, phone) belongs to
 * the platform, since staff roles are bound to it; the catalogue adds what citizens need.
 */
@Repository
public class OfficeProfiles {

    private final JdbcClient jdbc;
    private final Offices offices;
    private final Locations locations;
    private final SearchDocuments search;
    private final CatalogJson json;

    OfficeProfiles(JdbcClient jdbc, Offices offices, Locations locations, SearchDocuments search, CatalogJson json) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.locations = locations;
        this.search = search;
        this.json = json;
    }

    public List<OfficeProfile> all() {
        return offices.all().stream().map(this::profile).toList();
    }

    public Optional<OfficeProfile> bySlug(String slug) {
        return offices.bySlug(slug).map(this::profile);
    }

    public Optional<OfficeProfile> byId(UUID id) {
        return offices.byId(id).map(this::profile);
    }

    /** Creates or updates the office and its profile; location slugs must exist. */
    @Transactional
    public Office save(OfficeData data) {
        Office office = offices.save(data.slug(), data.name(), data.email(), data.phone());
        UUID tenant = CurrentTenant.id().value();
        jdbc.sql("""
                        insert into catalog.office_profile (tenant_id, office_id, description, postal_address,
                                                            opening_hours, opening_note)
                        values (?, ?, ?, ?, ?::jsonb, ?)
                        on conflict (tenant_id, office_id) do update
                           set description = excluded.description, postal_address = excluded.postal_address,
                               opening_hours = excluded.opening_hours, opening_note = excluded.opening_note
                        """)
                .params(
                        tenant,
                        office.id(),
                        data.description(),
                        data.postalAddress(),
                        json.write(data.openingHours()),
                        data.openingNote())
                .update();
        jdbc.sql("delete from catalog.office_location where tenant_id = ? and office_id = ?")
                .params(tenant, office.id())
                .update();
        for (int i = 0; i < data.locations().size(); i++) {
            UUID location = locations
                    .bySlug(data.locations().get(i))
                    .orElseThrow(() -> new IllegalArgumentException("unknown location"))
                    .id();
            jdbc.sql("""
                            insert into catalog.office_location (tenant_id, office_id, location_id, position)
                            values (?, ?, ?, ?) on conflict do nothing
                            """).params(tenant, office.id(), location, i).update();
        }
        search.put(
                SearchDocuments.Kind.OFFICE,
                office.id(),
                office.slug(),
                office.name(),
                data.description(),
                "",
                data.postalAddress() + " " + data.openingNote());
        return office;
    }

    private OfficeProfile profile(Office office) {
        return jdbc.sql("""
                        select description, postal_address, opening_hours::text, opening_note
                          from catalog.office_profile where tenant_id = ? and office_id = ?
                        """)
                .params(office.tenantId().value(), office.id())
                .query((rs, row) -> new OfficeProfile(
                        office,
                        rs.getString("description"),
                        rs.getString("postal_address"),
                        Arrays.asList(json.read(rs.getString("opening_hours"), OpeningHours[].class)),
                        rs.getString("opening_note"),
                        locations.ofOffice(office.id())))
                .optional()
                .orElseGet(() -> new OfficeProfile(office, "", "", List.of(), "", List.of()));
    }
}
