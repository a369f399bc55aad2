package de.rathaus.forms.definition;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an application costs, computed from the answers: the base amount plus every rule that
 * applies. Amounts in euros.
 *
 * @param purpose the purpose of the payment (Verwendungszweck), e.g. "Anwohnerparkausweis"
 * @param base charged for every application
 * @param rules extra amounts
 */
public record Fee(String purpose, BigDecimal base, List<Rule> rules) {

    public Fee {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * An extra amount: charged when {@code when} holds (or always, when it is {@code null}), once
     * or, with {@code perItemOf} naming a GROUP field, once per entry of that group.
     */
    public record Rule(@Nullable Condition when, @Nullable String perItemOf, BigDecimal amount) {}
}
