package de.rathaus.platform.abuse;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code rathaus.abuse.*}: how hard the proof of work is and how long a challenge lasts. */
@ConfigurationProperties("rathaus.abuse")
record AbuseProperties(@DefaultValue ProofOfWorkProperties proofOfWork) {

    /**
     * @param maxNumber the largest secret number: a browser tries half of them on average (50,000
     *     take a second or two); tests and benchmarks set it low
     * @param expiry how long a challenge may be solved and submitted
     */
    record ProofOfWorkProperties(
            @DefaultValue("50000") long maxNumber,
            @DefaultValue("10m") Duration expiry) {

        ProofOfWorkProperties {
            if (maxNumber < 1) {
                throw new IllegalArgumentException("rathaus.abuse.proof-of-work.max-number must be at least 1");
            }
        }
    }
}
