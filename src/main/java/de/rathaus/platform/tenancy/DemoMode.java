package de.rathaus.platform.tenancy;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether this installation runs as a demo with the towns Musterstadt and Musterdorf: on the
 * embedded database unless {@code rathaus.demo=false}, elsewhere only with {@code rathaus.demo=true}.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(Environment environment) {
        String demo = environment.getProperty("rathaus.demo");
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        this.enabled = StringUtils.hasText(demo) ? Boolean.parseBoolean(demo) : embedded;
    }

    public boolean enabled() {
        return enabled;
    }
}
