package de.rathaus.catalog.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One item of a service's costs: a fixed amount or a range (minAmount to maxAmount).
 *
 * @param legalBasis the fee regulation it comes from, e.g. "§ 1 PAuswGebV"
 */
public record FeeItem(
        String label,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal minAmount,
        @Nullable BigDecimal maxAmount,
        String currency,
        @Nullable String legalBasis) {

    public FeeItem {
        label = Values.text(label);
        currency = currency == null || currency.isBlank() ? "EUR" : currency.strip();
        legalBasis = Values.optional(legalBasis);
    }
}
