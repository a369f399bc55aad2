package de.rathaus.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClamdScannerTest {

    @Test
    void readsClamdsAnswers() {
        assertThat(ClamdScanner.verdict("stream: OK")).isEqualTo(new VirusScanner.Clean());
        assertThat(ClamdScanner.verdict("stream: Eicar-Signature FOUND"))
                .isEqualTo(new VirusScanner.Infected("Eicar-Signature"));
        assertThat(ClamdScanner.verdict("INSTREAM size limit exceeded. ERROR"))
                .isInstanceOf(VirusScanner.Unavailable.class);
        assertThat(ClamdScanner.verdict("")).isInstanceOf(VirusScanner.Unavailable.class);
    }

    @Test
    void aScannerThatIsDownIsUnavailableNotClean() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var scanner = new ClamdScanner(new ClamdAddress.Tcp("127.0.0.1", closedPort), Duration.ofSeconds(5));

        var verdict = scanner.scan(new ByteArrayInputStream(Samples.pdf()));

        assertThat(verdict).isInstanceOf(VirusScanner.Unavailable.class);
    }

    @Test
    void aScannerThatNeverAnswersIsUnavailable() throws IOException {
        // accepts the connection (backlog) but never reads or answers
        try (var silent = new ServerSocket(0)) {
            var scanner =
                    new ClamdScanner(new ClamdAddress.Tcp("127.0.0.1", silent.getLocalPort()), Duration.ofMillis(300));

            var verdict = scanner.scan(new ByteArrayInputStream(Samples.pdf()));

            assertThat(verdict).isInstanceOf(VirusScanner.Unavailable.class);
        }
    }
}
