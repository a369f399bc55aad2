package de.rathaus.platform.files;

import java.nio.file.Path;

/** Where clamd listens: on a TCP port or on a unix socket. */
sealed interface ClamdAddress {

    record Tcp(String host, int port) implements ClamdAddress {}

    record UnixSocket(Path path) implements ClamdAddress {}
}
