package de.rathaus.catalog.store;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who wrote a version: a staff account, or the import or demo seeding (no account). */
public record Author(@Nullable UUID accountId, String name) {

    public static Author system(String name) {
        return new Author(null, name);
    }
}
