package de.rathaus.payment.invoice;

import de.rathaus.payment.KassenzeichenSource;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rathaus numbers Kassenzeichen itself unless the installation connects the town's accounting
 * system by declaring its own {@link KassenzeichenSource} bean.
 */
@Configuration(proxyBeanMethods = false)
class KassenzeichenConfiguration {

    @Bean
    @ConditionalOnMissingBean(KassenzeichenSource.class)
    KassenzeichenSource ownKassenzeichen(JdbcClient jdbc) {
        return new OwnKassenzeichen(jdbc, Clock.systemUTC());
    }
}
