package de.rathaus.forms.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rathaus.forms.api.*}: how many applications one client may send without signing in (with
 * a valid proof of work each) per window; counted per client address (IPv6 per /64) and town.
 */
@ConfigurationProperties("rathaus.forms.api")
record ApiProperties(@DefaultValue GuestLimit guestLimit) {

    record GuestLimit(
            @DefaultValue("10") int permits,
            @DefaultValue("10m") Duration window) {}
}
