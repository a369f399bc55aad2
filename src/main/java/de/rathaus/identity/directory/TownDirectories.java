package de.rathaus.identity.directory;

import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The directories of the towns that have one. Connections are opened per sign-in, so a directory
 * that is down at start-up does not stop the town hall from starting.
 */
@Component
@EnableConfigurationProperties(DirectoryProperties.class)
public class TownDirectories {

    private final Map<String, TownDirectory> bySlug;

    TownDirectories(DirectoryProperties properties) {
        this.bySlug = properties.towns().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> new TownDirectory(entry.getValue())));
    }

    /** Whether staff of the current town sign in with the town's directory (the login page says so). */
    public boolean configuredHere() {
        return here().isPresent();
    }

    Optional<TownDirectory> here() {
        return Optional.ofNullable(bySlug.get(CurrentTenant.get().slug()));
    }
}
