package de.rathaus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Rathaus: the digital town hall. One deployable, one module per capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RathausApplication {

    public static void main(String[] args) {
        SpringApplication.run(RathausApplication.class, args);
    }
}
