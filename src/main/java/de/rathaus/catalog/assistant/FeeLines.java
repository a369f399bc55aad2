package de.rathaus.catalog.assistant;

import de.rathaus.catalog.model.FeeItem;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** A service's costs as short German lines, written like the catalogue's own texts. */
final class FeeLines {

    private FeeLines() {}

    static List<String> of(List<FeeItem> fees) {
        return fees.stream().map(FeeLines::line).toList();
    }

    static String line(FeeItem fee) {
        String amount;
        if (fee.amount() != null) {
            amount = fee.amount().signum() == 0 ? "kostenlos" : money(fee.amount(), fee.currency());
        } else if (fee.minAmount() != null && fee.maxAmount() != null) {
            amount = money(fee.minAmount(), fee.currency()) + " bis " + money(fee.maxAmount(), fee.currency());
        } else if (fee.minAmount() != null) {
            amount = "ab " + money(fee.minAmount(), fee.currency());
        } else if (fee.maxAmount() != null) {
            amount = "bis " + money(fee.maxAmount(), fee.currency());
        } else {
            return fee.label();
        }
        return fee.label().isEmpty() ? amount : fee.label() + ": " + amount;
    }

    private static String money(BigDecimal value, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(value).replace('\u00a0', ' ');
    }
}
