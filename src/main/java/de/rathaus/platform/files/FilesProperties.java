package de.rathaus.platform.files;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * How files are stored, encrypted and scanned ({@code rathaus.files.*}).
 *
 * @param maxSize the largest file anyone may store; a caller may set a smaller limit per call
 * @param masterKey Base64 of a random 256-bit key; each town's key is derived from it with
 *     HKDF-SHA256. Required unless in demo mode.
 * @param demoMasterKey a published key, used only in demo mode when no master key is set
 * @param keys a town's own key (Base64, 256 bits) by its slug; it replaces the derived key for new files
 * @param retiredMasterKeys former master keys, kept so files stored under them can still be read
 * @param retiredKeys a town's former own keys by its slug, kept for the same reason
 * @param clamav where clamd listens; without a host or socket, files are stored unscanned
 */
@ConfigurationProperties("rathaus.files")
record FilesProperties(
        @DefaultValue("20MB") DataSize maxSize,
        @Nullable String masterKey,
        @Nullable String demoMasterKey,
        @DefaultValue Map<String, String> keys,
        @DefaultValue List<String> retiredMasterKeys,
        @DefaultValue Map<String, List<String>> retiredKeys,
        @DefaultValue Clamav clamav) {

    /**
     * @param host the clamd host for a TCP connection ({@code TCPSocket} in clamd.conf)
     * @param port the clamd TCP port
     * @param socket the path of clamd's unix socket ({@code LocalSocket}); used instead of host and port
     * @param timeout how long one scan may take before the scanner counts as unavailable
     * @param rescanInterval how often files that waited for an unavailable scanner are scanned again
     */
    record Clamav(
            @Nullable String host,
            @DefaultValue("3310") int port,
            @Nullable String socket,
            @DefaultValue("60s") Duration timeout,
            @DefaultValue("5m") Duration rescanInterval) {

        Optional<ClamdAddress> address() {
            if (StringUtils.hasText(socket)) {
                return Optional.of(new ClamdAddress.UnixSocket(Path.of(socket)));
            }
            if (StringUtils.hasText(host)) {
                return Optional.of(new ClamdAddress.Tcp(host, port));
            }
            return Optional.empty();
        }
    }
}
