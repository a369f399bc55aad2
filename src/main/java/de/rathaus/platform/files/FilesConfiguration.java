package de.rathaus.platform.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FilesConfiguration.class);

    /** clamd where one is configured; otherwise files are stored after the type check alone. */
    @Bean
    VirusScanner virusScanner(FilesProperties properties) {
        FilesProperties.Clamav clamav = properties.clamav();
        return clamav.address()
                .<VirusScanner>map(address -> {
                    log.info("Uploads are scanned by clamd at {}", address);
                    return new ClamdScanner(address, clamav.timeout());
                })
                .orElseGet(() -> {
                    log.warn("No virus scanner configured (rathaus.files.clamav.host or .socket):"
                            + " uploads are only type-checked and marked UNSCANNED");
                    return VirusScanner.NONE;
                });
    }
}
