package de.rathaus.catalog.store;

import de.rathaus.catalog.model.LocationData;
import java.util.UUID;

/** A stored location (Dienstort). */
public record Location(UUID id, LocationData data) {

    public String slug() {
        return data.slug();
    }

    public String name() {
        return data.name();
    }
}
