package de.rathaus.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class FilesConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(FilesConfiguration.class);

    @Test
    void withoutClamavSettingsFilesAreNotScanned() {
        context.run(beans -> {
            assertThat(beans.getBean(VirusScanner.class)).isSameAs(VirusScanner.NONE);
            FilesProperties properties = beans.getBean(FilesProperties.class);
            assertThat(properties.maxSize()).isEqualTo(DataSize.ofMegabytes(20));
            assertThat(properties.clamav().rescanInterval()).isEqualTo(Duration.ofMinutes(5));
        });
    }

    @Test
    void scansWithClamdOverTcpOrUnixSocket() {
        context.withPropertyValues("rathaus.files.clamav.host=clamav.intern", "rathaus.files.clamav.port=3311")
                .run(beans -> {
                    assertThat(beans.getBean(VirusScanner.class)).isInstanceOf(ClamdScanner.class);
                    assertThat(beans.getBean(FilesProperties.class).clamav().address())
                            .contains(new ClamdAddress.Tcp("clamav.intern", 3311));
                });
        context.withPropertyValues("rathaus.files.clamav.socket=/run/clamav/clamd.ctl", "rathaus.files.clamav.host=")
                .run(beans -> assertThat(
                                beans.getBean(FilesProperties.class).clamav().address())
                        .contains(new ClamdAddress.UnixSocket(Path.of("/run/clamav/clamd.ctl"))));
    }

    @Test
    void bindsTownKeysBySlug() {
        context.withPropertyValues(
                        "rathaus.files.keys.musterstadt=" + TestKeys.randomKey(),
                        "rathaus.files.retired-keys.musterstadt[0]=" + TestKeys.randomKey(),
                        "rathaus.files.retired-master-keys[0]=" + TestKeys.randomKey())
                .run(beans -> {
                    FilesProperties properties = beans.getBean(FilesProperties.class);
                    assertThat(properties.keys()).containsOnlyKeys("musterstadt");
                    assertThat(properties.retiredKeys().get("musterstadt")).hasSize(1);
                    assertThat(properties.retiredMasterKeys()).hasSize(1);
                });
    }
}
