package de.rathaus.catalog.store;

import com.fasterxml.uuid.Generators;
import de.rathaus.catalog.model.FederalState;
import de.rathaus.catalog.model.Holiday;
import de.rathaus.catalog.model.LocalHoliday;
import de.rathaus.catalog.model.PublicHolidays;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The days the town is closed: its federal state's public holidays plus its local holidays. */
@Repository
public class Holidays {

    private final JdbcClient jdbc;

    Holidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FederalState federalState() {
        return jdbc.sql("select federal_state from catalog.settings where tenant_id = ?")
                .param(CurrentTenant.id().value())
                .query(String.class)
                .optional()
                .map(FederalState::valueOf)
                .orElse(FederalState.BY);
    }

    public void setFederalState(FederalState state) {
        jdbc.sql("""
                        insert into catalog.settings (tenant_id, federal_state) values (?, ?)
                        on conflict (tenant_id) do update set federal_state = excluded.federal_state
                        """).params(CurrentTenant.id().value(), state.name()).update();
    }

    public List<LocalHoliday> local() {
        return jdbc.sql("""
                        select name, month, day, year from catalog.local_holiday
                         where tenant_id = ? order by month, day, name
                        """)
                .param(CurrentTenant.id().value())
                .query((rs, row) -> new LocalHoliday(
                        rs.getString("name"),
                        rs.getInt("month"),
                        rs.getInt("day"),
                        rs.getObject("year", Integer.class)))
                .list();
    }

    /** Replaces the town's local holidays. */
    @Transactional
    public void replaceLocal(List<LocalHoliday> holidays) {
        UUID tenant = CurrentTenant.id().value();
        jdbc.sql("delete from catalog.local_holiday where tenant_id = ?")
                .param(tenant)
                .update();
        for (LocalHoliday holiday : holidays) {
            jdbc.sql("""
                            insert into catalog.local_holiday (tenant_id, id, name, month, day, year)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            tenant,
                            Generators.timeBasedEpochGenerator().generate(),
                            holiday.name(),
                            holiday.month(),
                            holiday.day(),
                            holiday.year())
                    .update();
        }
    }

    /** All days the town is closed in a year, public and local, in date order. */
    public List<Holiday> inYear(int year) {
        List<Holiday> days = new ArrayList<>(PublicHolidays.of(federalState(), year));
        for (LocalHoliday local : local()) {
            if (local.year() == null || local.year() == year) {
                try {
                    days.add(new Holiday(LocalDate.of(year, local.month(), local.day()), local.name()));
                } catch (DateTimeException noSuchDay) {
                    // 29 February outside leap years: the holiday does not occur that year
                }
            }
        }
        days.sort(Comparator.comparing(Holiday::date));
        return days;
    }

    public boolean isHoliday(LocalDate date) {
        return inYear(date.getYear()).stream().anyMatch(h -> h.date().equals(date));
    }
}
