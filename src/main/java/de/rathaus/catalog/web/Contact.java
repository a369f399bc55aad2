package de.rathaus.catalog.web;

import de.rathaus.catalog.model.ExternalAuthority;
import de.rathaus.catalog.store.OfficeProfile;
import de.rathaus.platform.tenancy.Tenant;
import org.jspecify.annotations.Nullable;

/**
 * Whom a citizen contacts about a service: the responsible office of the town, an authority
 * outside it, or the town hall itself when neither is named.
 *
 * @param external true when the authority is not the town (Landratsamt, Bundesamt, ...)
 * @param path the office's page in this town, null for authorities outside
 */
record Contact(
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address,
        @Nullable String url,
        @Nullable String note,
        @Nullable String path,
        boolean external) {

    static Contact of(ExternalAuthority authority) {
        return new Contact(
                authority.name(),
                authority.phone(),
                authority.email(),
                authority.address(),
                authority.url(),
                authority.note(),
                null,
                true);
    }

    static Contact of(OfficeProfile profile) {
        return new Contact(
                profile.office().name(),
                profile.office().phone(),
                profile.office().email(),
                blankToNull(profile.postalAddress()),
                null,
                null,
                "/aemter/" + profile.office().slug(),
                false);
    }

    static Contact of(Tenant town) {
        return new Contact(
                town.name(),
                blankToNull(town.phone()),
                blankToNull(town.email()),
                blankToNull(town.address()),
                null,
                null,
                null,
                false);
    }

    /** The same contact without the link to the office's page, for that page itself. */
    Contact withoutPage() {
        return new Contact(name, phone, email, address, url, note, null, external);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
