package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.FeeItem;
import org.jspecify.annotations.Nullable;

/** One fee row of the service form: a fixed amount, or a range from–to, as typed. */
record FeeRow(
        @Nullable String label,
        @Nullable String amount,
        @Nullable String minAmount,
        @Nullable String maxAmount,
        @Nullable String currency,
        @Nullable String legalBasis) {

    static FeeRow empty() {
        return new FeeRow("", "", "", "", "EUR", "");
    }

    static FeeRow of(FeeItem fee) {
        return new FeeRow(
                fee.label(),
                Amounts.format(fee.amount()),
                Amounts.format(fee.minAmount()),
                Amounts.format(fee.maxAmount()),
                fee.currency(),
                fee.legalBasis() == null ? "" : fee.legalBasis());
    }

    /** An untouched extra row: ignored on saving. The currency alone does not count. */
    boolean isBlank() {
        return blank(label) && blank(amount) && blank(minAmount) && blank(maxAmount) && blank(legalBasis);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
