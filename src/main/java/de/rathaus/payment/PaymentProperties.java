package de.rathaus.payment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payment settings ({@code rathaus.payment.*}).
 *
 * @param providers the ids of the providers this installation offers; a provider left out is never
 *     offered or started (the test cash desk is offered only in demo mode even when listed)
 */
@ConfigurationProperties("rathaus.payment")
record PaymentProperties(
        @DefaultValue({"testkasse", "rechnung"}) List<String> providers) {}
