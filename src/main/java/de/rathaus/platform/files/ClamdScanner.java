package de.rathaus.platform.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans with ClamAV's daemon over its INSTREAM protocol: the command {@code zINSTREAM\0}, then the
 * content in chunks, each preceded by its length as a 4-byte big-endian number, ended by a zero
 * length; clamd answers {@code stream: OK} or {@code stream: <signature> FOUND}, ended by
 * {@code \0}. One connection per scan, so nothing is shared between threads.
 *
 * <p>clamd refuses streams longer than its {@code StreamMaxLength} (default 25 MB); keep that above
 * {@code rathaus.files.max-size}, or large files wait in quarantine for ever.
 */
final class ClamdScanner implements VirusScanner {

    private static final Logger log = LoggerFactory.getLogger(ClamdScanner.class);
    private static final byte[] INSTREAM = "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK_BYTES = 64 * 1024;
    private static final int MAX_REPLY_BYTES = 1024;

    private final ClamdAddress address;
    private final Duration timeout;

    ClamdScanner(ClamdAddress address, Duration timeout) {
        this.address = address;
        this.timeout = timeout;
    }

    @Override
    public Verdict scan(InputStream content) {
        try (Connection clamd = connect()) {
            var timedOut = new AtomicBoolean();
            // a hard deadline for the whole scan; closing an already closed connection does nothing
            CompletableFuture.runAsync(
                    () -> {
                        timedOut.set(true);
                        clamd.closeQuietly();
                    },
                    CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
            try {
                send(content, clamd.output());
                return verdict(readReply(clamd.input()));
            } catch (IOException e) {
                return unavailable(timedOut.get() ? "no answer within " + timeout : e.toString());
            }
        } catch (IOException e) {
            return unavailable(e.toString());
        }
    }

    /** Reads clamd's answer to INSTREAM. */
    static Verdict verdict(String reply) {
        String answer = reply.strip();
        if (answer.equals("stream: OK")) {
            return new Clean();
        }
        if (answer.startsWith("stream: ") && answer.endsWith(" FOUND")) {
            return new Infected(answer.substring("stream: ".length(), answer.length() - " FOUND".length()));
        }
        return new Unavailable("clamd answered: " + answer);
    }

    private Verdict unavailable(String reason) {
        log.warn("The virus scanner at {} is unavailable: {}", address, reason);
        return new Unavailable(reason);
    }

    private static void send(InputStream content, OutputStream clamd) throws IOException {
        clamd.write(INSTREAM);
        byte[] buffer = new byte[CHUNK_BYTES];
        int read;
        while ((read = readContent(content, buffer)) != -1) {
            clamd.write(ByteBuffer.allocate(4).putInt(read).array());
            clamd.write(buffer, 0, read);
        }
        clamd.write(new byte[4]);
        clamd.flush();
    }

    private static int readContent(InputStream content, byte[] buffer) {
        try {
            return content.read(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the content to scan", e);
        }
    }

    private static String readReply(InputStream clamd) throws IOException {
        var reply = new StringBuilder();
        int next;
        while ((next = clamd.read()) > 0 && reply.length() < MAX_REPLY_BYTES) {
            reply.append((char) next);
        }
        return reply.toString();
    }

    private Connection connect() throws IOException {
        return switch (address) {
            case ClamdAddress.Tcp tcp -> {
                var socket = new Socket();
                try {
                    socket.connect(new InetSocketAddress(tcp.host(), tcp.port()), (int) timeout.toMillis());
                    socket.setSoTimeout((int) timeout.toMillis());
                    yield new Connection(socket.getInputStream(), socket.getOutputStream(), socket);
                } catch (IOException e) {
                    socket.close();
                    throw e;
                }
            }
            case ClamdAddress.UnixSocket unix -> {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(UnixDomainSocketAddress.of(unix.path()));
                    yield new Connection(Channels.newInputStream(channel), Channels.newOutputStream(channel), channel);
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
            }
        };
    }

    private record Connection(InputStream input, OutputStream output, Closeable transport) implements Closeable {

        @Override
        public void close() throws IOException {
            transport.close();
        }

        void closeQuietly() {
            try {
                transport.close();
            } catch (IOException e) {
                // the scan is being abandoned; its own failure is what gets reported
            }
        }
    }
}
