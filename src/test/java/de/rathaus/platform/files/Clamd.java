package de.rathaus.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real ClamAV daemon for tests, run from the installed {@code clamd} (Debian: clamav-daemon) on
 * a temporary directory. Signatures cannot be downloaded here, so it gets a hand-made database
 * with one signature: the MD5 of the EICAR test string, written at run time.
 */
final class Clamd implements AutoCloseable {

    static final String SIGNATURE = "Rathaus.Test.EICAR";

    private static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/sbin/clamd"),
            Path.of("/usr/local/sbin/clamd"),
            Path.of("/usr/bin/clamd"),
            Path.of("/opt/homebrew/sbin/clamd"));
    private static final Duration STARTUP = Duration.ofMinutes(2);

    private final Path binary;
    private final Path directory;
    private final int port;
    private Process process;

    private Clamd(Path binary, Path directory, int port) {
        this.binary = binary;
        this.directory = directory;
        this.port = port;
    }

    static Optional<Path> installed() {
        return CANDIDATES.stream().filter(java.nio.file.Files::isExecutable).findFirst();
    }

    /** Writes the configuration and the signature database; the daemon is not started yet. */
    static Clamd prepare(Path binary) throws IOException {
        Path directory = java.nio.file.Files.createTempDirectory("rathaus-clamd");
        Path database = java.nio.file.Files.createDirectory(directory.resolve("db"));
        byte[] eicar = Samples.eicar();
        java.nio.file.Files.writeString(
                database.resolve("rathaus-test.hdb"), md5(eicar) + ":" + eicar.length + ":" + SIGNATURE + "\n");
        int port = freePort();
        java.nio.file.Files.writeString(
                directory.resolve("clamd.conf"), """
                    Foreground yes
                    DatabaseDirectory %s
                    TCPSocket %d
                    TCPAddr 127.0.0.1
                    LocalSocket %s
                    StreamMaxLength 25M
                    """.formatted(database, port, directory.resolve("clamd.sock")));
        return new Clamd(binary, directory, port);
    }

    ClamdAddress tcp() {
        return new ClamdAddress.Tcp("127.0.0.1", port);
    }

    ClamdAddress unixSocket() {
        return new ClamdAddress.UnixSocket(directory.resolve("clamd.sock"));
    }

    /** Starts the daemon unless it runs, and waits until it answers PING. */
    void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        Path log = directory.resolve("clamd.log");
        process = new ProcessBuilder(binary.toString(), "--config-file=" + directory.resolve("clamd.conf"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (!answersPing()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException("clamd did not start:\n" + java.nio.file.Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        try (var paths = java.nio.file.Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    private boolean answersPing() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
