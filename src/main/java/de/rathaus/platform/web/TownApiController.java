package de.rathaus.platform.web;

import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Offices;
import de.rathaus.platform.tenancy.Tenant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The town's public contact details and offices as JSON, for apps and other portals. */
@RestController
class TownApiController {

    record OfficeInfo(
            String id,
            String name,
            @Nullable String email,
            @Nullable String phone) {}

    record TownInfo(String name, String address, String email, String phone, List<OfficeInfo> offices) {}

    private final Offices offices;

    TownApiController(Offices offices) {
        this.offices = offices;
    }

    @GetMapping("/api/v1/town")
    TownInfo town() {
        Tenant town = CurrentTenant.get();
        return new TownInfo(
                town.name(),
                town.address(),
                town.email(),
                town.phone(),
                offices.all().stream()
                        .map(office -> new OfficeInfo(office.slug(), office.name(), office.email(), office.phone()))
                        .toList());
    }
}
