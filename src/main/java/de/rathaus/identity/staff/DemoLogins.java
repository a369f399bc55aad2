package de.rathaus.identity.staff;

import de.rathaus.identity.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The published demo logins of Musterstadt and Musterdorf, all with the password {@value #PASSWORD}:
 * a citizen, one staff member per role, an administrator, and the operator.
 */
public final class DemoLogins {

    public static final String PASSWORD = "Rathaus-Demo-2026";
    public static final String OPERATOR = "betrieb@rathaus.example";

    /** One demo login; {@code office} is an office slug, or null for the whole town. */
    record Login(
            String email,
            String name,
            @Nullable Role role,
            @Nullable String office) {}

    /** The demo logins by town slug. */
    static final Map<String, List<Login>> BY_TOWN = Map.of(
            "musterstadt",
            List.of(
                    new Login("buerger@musterstadt.example", "Erika Mustermann", null, null),
                    new Login("sachbearbeitung@musterstadt.example", "Sam Schreiber", Role.CLERK, "buergerbuero"),
                    new Login("amtsleitung@musterstadt.example", "Alex Amtmann", Role.OFFICE_LEAD, "buergerbuero"),
                    new Login("redaktion@musterstadt.example", "Robin Redlich", Role.EDITOR, null),
                    new Login("moderation@musterstadt.example", "Mona Moser", Role.MODERATOR, null),
                    new Login("ratsbuero@musterstadt.example", "Rainer Ratgeb", Role.COUNCIL_OFFICE, null),
                    new Login("datenpflege@musterstadt.example", "Dana Datenreich", Role.DATA_STEWARD, null),
                    new Login("datenschutz@musterstadt.example", "Dieter Schutzmann", Role.DATA_PROTECTION, null),
                    new Login("admin@musterstadt.example", "Ada Adler", Role.TENANT_ADMIN, null)),
            "musterdorf",
            List.of(
                    new Login("buerger@musterdorf.example", "Max Mustermann", null, null),
                    new Login("sachbearbeitung@musterdorf.example", "Sophie Sander", Role.CLERK, "gemeindeverwaltung"),
                    new Login("admin@musterdorf.example", "Anton Amsel", Role.TENANT_ADMIN, null)));

    private DemoLogins() {}

    /** A citizen login and the administrator's login of a demo town, for the demo banner. */
    public static Optional<List<String>> exampleLogins(String townSlug) {
        return Optional.ofNullable(BY_TOWN.get(townSlug))
                .map(logins -> logins.stream()
                        .filter(login -> login.role() == null || login.role() == Role.TENANT_ADMIN)
                        .map(Login::email)
                        .toList());
    }
}
