package de.rathaus.catalog.settings;

import de.rathaus.catalog.model.FederalState;
import de.rathaus.catalog.model.LocalHoliday;
import de.rathaus.catalog.model.LocationData;
import de.rathaus.catalog.model.OfficeData;
import de.rathaus.catalog.store.Holidays;
import de.rathaus.catalog.store.Locations;
import de.rathaus.catalog.store.OfficeProfiles;
import de.rathaus.platform.audit.AuditLog;
import de.rathaus.platform.tenancy.Office;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves the catalogue settings staff change, each change in the audit log. */
@Service
@Transactional
class CatalogSettings {

    private final Holidays holidays;
    private final OfficeProfiles offices;
    private final Locations locations;
    private final AuditLog audit;

    CatalogSettings(Holidays holidays, OfficeProfiles offices, Locations locations, AuditLog audit) {
        this.holidays = holidays;
        this.offices = offices;
        this.locations = locations;
        this.audit = audit;
    }

    void saveHolidays(FederalState state, List<LocalHoliday> local) {
        holidays.setFederalState(state);
        holidays.replaceLocal(local);
        audit.record(
                "catalog.holidays.changed",
                "town",
                null,
                Map.of("federalState", state.name(), "localHolidays", String.valueOf(local.size())));
    }

    void saveLocation(LocationData location) {
        locations.save(location);
        audit.record("catalog.location.changed", "location", null, Map.of("slug", location.slug()));
    }

    void saveOffice(OfficeData office) {
        Office saved = offices.save(office);
        audit.record("catalog.office.changed", "office", saved.id().toString(), Map.of("slug", saved.slug()));
    }
}
