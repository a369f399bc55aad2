package de.rathaus.catalog.model;

import org.jspecify.annotations.Nullable;

/**
 * An authority outside the town that is responsible for a service (Landratsamt, Bundesamt für
 * Justiz, Familienkasse): the service page says so and leads there.
 *
 * @param note why the citizen goes there, in a sentence
 */
public record ExternalAuthority(
        String name,
        @Nullable String url,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address,
        @Nullable String note) {

    public ExternalAuthority {
        name = Values.text(name);
        url = Values.optional(url);
        phone = Values.optional(phone);
        email = Values.optional(email);
        address = Values.optional(address);
        note = Values.optional(note);
    }
}
