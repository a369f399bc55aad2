package de.rathaus.catalog.web;

import de.rathaus.catalog.model.FeeItem;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a service's fee items the way citizens read prices: "37,00 €", "20,00 € bis 40,00 €",
 * "gebührenfrei" (and "€37.00", "€20.00 to €40.00", "free of charge" in English).
 */
@Component
class Fees {

    /** One line of the costs: what it is for, what it costs, on which legal basis. */
    record FeeLine(String label, String amount, @Nullable String legalBasis) {}

    private final MessageSource messages;

    Fees(MessageSource messages) {
        this.messages = messages;
    }

    List<FeeLine> lines(List<FeeItem> items, Locale locale) {
        return items.stream()
                .map(item -> new FeeLine(item.label(), amount(item, locale), item.legalBasis()))
                .toList();
    }

    String amount(FeeItem item, Locale locale) {
        BigDecimal min = item.minAmount();
        BigDecimal max = item.maxAmount();
        if (item.amount() != null) {
            return isFree(item.amount()) ? free(locale) : money(item.amount(), item.currency(), locale);
        }
        if (min != null && max != null) {
            if (isFree(min) && isFree(max)) {
                return free(locale);
            }
            return messages.getMessage(
                    "pages.fee.range",
                    new Object[] {money(min, item.currency(), locale), money(max, item.currency(), locale)},
                    locale);
        }
        if (min != null) {
            return messages.getMessage("pages.fee.from", new Object[] {money(min, item.currency(), locale)}, locale);
        }
        if (max != null) {
            return messages.getMessage("pages.fee.upTo", new Object[] {money(max, item.currency(), locale)}, locale);
        }
        return free(locale);
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        Locale format = locale.getLanguage().equals("de") ? Locale.GERMANY : Locale.UK;
        NumberFormat money = NumberFormat.getCurrencyInstance(format);
        money.setCurrency(Currency.getInstance(currency));
        // the JDK puts a no-break space between amount and symbol; a plain space reads the same
        return money.format(amount).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static boolean isFree(BigDecimal amount) {
        return amount.signum() == 0;
    }

    private String free(Locale locale) {
        return messages.getMessage("pages.fee.free", null, locale);
    }
}
