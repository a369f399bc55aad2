package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.FaqContent;
import de.rathaus.catalog.model.FeeItem;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.model.TextBlocks;
import de.rathaus.catalog.store.CatalogEditing;
import de.rathaus.catalog.store.Entry;
import de.rathaus.catalog.store.EntryKind;
import de.rathaus.catalog.store.LifeSituation;
import de.rathaus.catalog.store.LifeSituations;
import de.rathaus.platform.tenancy.Office;
import de.rathaus.platform.tenancy.Offices;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A version as citizens would read it: the text modules as paragraphs and lists, fees as money,
 * offices, life situations and services by name instead of by slug.
 */
@Component
class Previews {

    /** A paragraph ({@code items} empty) or a bulleted list. */
    record Block(String text, List<String> items) {
        public boolean isList() {
            return !items.isEmpty();
        }
    }

    /** One text module with its heading. */
    record Part(String titleKey, List<Block> blocks) {}

    record ServicePreview(
            ServiceContent content,
            List<Part> parts,
            List<String> fees,
            @Nullable String officeName,
            List<String> lifeSituations) {}

    record FaqPreview(FaqContent content, List<Block> answer, List<String> services) {}

    private final Offices offices;
    private final LifeSituations lifeSituations;
    private final CatalogEditing editing;

    Previews(Offices offices, LifeSituations lifeSituations, CatalogEditing editing) {
        this.offices = offices;
        this.lifeSituations = lifeSituations;
        this.editing = editing;
    }

    ServicePreview service(ServiceContent content) {
        List<Part> parts = new ArrayList<>();
        part(parts, "description", content.description());
        part(parts, "requirements", content.requirements());
        part(parts, "procedure", content.procedure());
        part(parts, "deadlines", content.deadlines());
        part(parts, "processingTime", content.processingTime());
        part(parts, "notes", content.notes());
        part(parts, "legalRemedy", content.legalRemedy());
        Locale locale = LocaleContextHolder.getLocale();
        return new ServicePreview(
                content,
                parts,
                content.fees().stream().map(fee -> fee(fee, locale)).toList(),
                content.office() == null
                        ? null
                        : offices.bySlug(content.office()).map(Office::name).orElse(content.office()),
                content.lifeSituations().stream()
                        .map(slug -> lifeSituations
                                .bySlug(slug)
                                .map(LifeSituation::name)
                                .orElse(slug))
                        .toList());
    }

    FaqPreview faq(FaqContent content) {
        return new FaqPreview(
                content,
                blocks(content.answer()),
                content.services().stream()
                        .map(slug -> editing.entryBySlug(EntryKind.SERVICE, slug)
                                .map(Entry::title)
                                .orElse(slug))
                        .toList());
    }

    static List<Block> blocks(String text) {
        return TextBlocks.parse(text).stream()
                .map(block -> switch (block) {
                    case TextBlocks.Paragraph p -> new Block(p.text(), List.of());
                    case TextBlocks.BulletList l -> new Block("", l.items());
                })
                .toList();
    }

    private static void part(List<Part> parts, String field, String text) {
        if (!text.isBlank()) {
            parts.add(new Part("catalog.editing.field." + field, blocks(text)));
        }
    }

    /** "Personalausweis: 37,00 €", a range as "10,00 € – 50,00 €". */
    private static String fee(FeeItem fee, Locale locale) {
        String money = fee.amount() != null
                ? money(fee.amount(), fee.currency(), locale)
                : money(fee.minAmount(), fee.currency(), locale) + " – "
                        + money(fee.maxAmount(), fee.currency(), locale);
        String text = fee.label().isEmpty() ? money : fee.label() + ": " + money;
        return fee.legalBasis() == null ? text : text + " (" + fee.legalBasis() + ")";
    }

    private static String money(@Nullable BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "?";
        }
        NumberFormat format =
                NumberFormat.getCurrencyInstance(locale.getLanguage().equals("en") ? Locale.UK : Locale.GERMANY);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknownCurrency) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }
}
