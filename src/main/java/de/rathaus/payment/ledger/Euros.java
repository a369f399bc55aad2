package de.rathaus.payment.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in euros as people read them: "1.234,56 €" in German, "€1,234.56" in English. */
public final class Euros {

    private Euros() {}

    public static String format(BigDecimal amount, Locale locale) {
        NumberFormat money = NumberFormat.getCurrencyInstance(
                "de".equals(locale.getLanguage()) ? Locale.GERMANY : Locale.forLanguageTag("en-IE"));
        // the JDK puts a no-break space between amount and symbol; a plain space reads the same
        return money.format(amount).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** As German spreadsheets read a number: decimal comma, no thousands separator, two decimals. */
    public static String plainGerman(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }
}
