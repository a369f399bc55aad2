package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.ExternalAuthority;
import de.rathaus.catalog.model.FeeItem;
import de.rathaus.catalog.model.Link;
import de.rathaus.catalog.model.ServiceContent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The service form: every text module of {@link ServiceContent} as the editor types it. Lists are
 * one entry per line, fees and forms are repeated rows, the responsible authority outside the town
 * is its own group of fields. {@code slug} is only asked for a new service.
 */
record ServiceForm(
        @Nullable String slug,
        @Nullable String name,
        @Nullable String leikaKeys,
        @Nullable String teaser,
        @Nullable String description,
        @Nullable String requirements,
        @Nullable String documents,
        @Nullable String procedure,
        @Nullable List<FeeRow> fees,
        @Nullable String deadlines,
        @Nullable String processingTime,
        @Nullable String legalBases,
        @Nullable String notes,
        @Nullable String legalRemedy,
        @Nullable List<LinkRow> forms,
        @Nullable String onlineServiceUrl,
        @Nullable String contactPoint,
        @Nullable String office,
        @Nullable String authorityName,
        @Nullable String authorityUrl,
        @Nullable String authorityPhone,
        @Nullable String authorityEmail,
        @Nullable String authorityAddress,
        @Nullable String authorityNote,
        @Nullable String keywords,
        boolean inPerson,
        boolean confidential,
        @Nullable List<String> lifeSituations) {

    /** At most this many fee or form rows are read from a request. */
    static final int MAX_ROWS = 50;

    private static final Pattern ROW = Pattern.compile("(fees|forms)\\[(\\d{1,2})]\\.(\\w+)");

    ServiceForm {
        fees = fees == null ? new ArrayList<>() : new ArrayList<>(fees);
        forms = forms == null ? new ArrayList<>() : new ArrayList<>(forms);
        lifeSituations = lifeSituations == null ? List.of() : List.copyOf(lifeSituations);
    }

    static ServiceForm blank() {
        return of("", ServiceContent.named(""));
    }

    static ServiceForm of(String slug, ServiceContent content) {
        ExternalAuthority authority = content.externalAuthority();
        List<FeeRow> fees =
                new ArrayList<>(content.fees().stream().map(FeeRow::of).toList());
        if (fees.isEmpty()) {
            fees.add(FeeRow.empty());
        }
        List<LinkRow> forms =
                new ArrayList<>(content.forms().stream().map(LinkRow::of).toList());
        if (forms.isEmpty()) {
            forms.add(LinkRow.empty());
        }
        return new ServiceForm(
                slug,
                content.name(),
                Lines.join(content.leikaKeys()),
                content.teaser(),
                content.description(),
                content.requirements(),
                Lines.join(content.documents()),
                content.procedure(),
                fees,
                content.deadlines(),
                content.processingTime(),
                Lines.join(content.legalBases()),
                content.notes(),
                content.legalRemedy(),
                forms,
                content.onlineServiceUrl(),
                content.contactPoint(),
                content.office(),
                authority == null ? "" : authority.name(),
                authority == null ? "" : authority.url(),
                authority == null ? "" : authority.phone(),
                authority == null ? "" : authority.email(),
                authority == null ? "" : authority.address(),
                authority == null ? "" : authority.note(),
                Lines.join(content.keywords()),
                content.inPerson(),
                content.confidential(),
                content.lifeSituations());
    }

    /**
     * The form as the browser sent it. Read by hand rather than by data binding: binding lists of
     * rows from parameter names trusts the names ({@code fees[x].label} or {@code fees[99999]}
     * fail inside the binder), and every odd request here must end as a page with messages.
     */
    static ServiceForm from(MultiValueMap<String, String> params) {
        Map<Integer, Map<String, String>> fees = new TreeMap<>();
        Map<Integer, Map<String, String>> forms = new TreeMap<>();
        params.forEach((name, values) -> {
            Matcher row = ROW.matcher(name);
            if (row.matches() && Integer.parseInt(row.group(2)) < MAX_ROWS && !values.isEmpty()) {
                (row.group(1).equals("fees") ? fees : forms)
                        .computeIfAbsent(Integer.parseInt(row.group(2)), i -> new HashMap<>())
                        .put(row.group(3), values.getFirst());
            }
        });
        return new ServiceForm(
                params.getFirst("slug"),
                params.getFirst("name"),
                params.getFirst("leikaKeys"),
                params.getFirst("teaser"),
                params.getFirst("description"),
                params.getFirst("requirements"),
                params.getFirst("documents"),
                params.getFirst("procedure"),
                fees.values().stream()
                        .map(f -> new FeeRow(
                                f.get("label"),
                                f.get("amount"),
                                f.get("minAmount"),
                                f.get("maxAmount"),
                                f.get("currency"),
                                f.get("legalBasis")))
                        .toList(),
                params.getFirst("deadlines"),
                params.getFirst("processingTime"),
                params.getFirst("legalBases"),
                params.getFirst("notes"),
                params.getFirst("legalRemedy"),
                forms.values().stream()
                        .map(f -> new LinkRow(f.get("title"), f.get("url")))
                        .toList(),
                params.getFirst("onlineServiceUrl"),
                params.getFirst("contactPoint"),
                params.getFirst("office"),
                params.getFirst("authorityName"),
                params.getFirst("authorityUrl"),
                params.getFirst("authorityPhone"),
                params.getFirst("authorityEmail"),
                params.getFirst("authorityAddress"),
                params.getFirst("authorityNote"),
                params.getFirst("keywords"),
                "true".equals(params.getFirst("inPerson")),
                "true".equals(params.getFirst("confidential")),
                params.getOrDefault("lifeSituations", List.of()));
    }

    /** The same form with one more empty fee row ("Weitere Gebühr", without JavaScript). */
    ServiceForm withExtraFee() {
        List<FeeRow> more = new ArrayList<>(Objects.requireNonNull(fees));
        more.add(FeeRow.empty());
        return withRows(more, Objects.requireNonNull(forms));
    }

    /** The same form with one more empty form row. */
    ServiceForm withExtraForm() {
        List<LinkRow> more = new ArrayList<>(Objects.requireNonNull(forms));
        more.add(LinkRow.empty());
        return withRows(Objects.requireNonNull(fees), more);
    }

    private ServiceForm withRows(List<FeeRow> fees, List<LinkRow> forms) {
        return new ServiceForm(
                slug,
                name,
                leikaKeys,
                teaser,
                description,
                requirements,
                documents,
                procedure,
                fees,
                deadlines,
                processingTime,
                legalBases,
                notes,
                legalRemedy,
                forms,
                onlineServiceUrl,
                contactPoint,
                office,
                authorityName,
                authorityUrl,
                authorityPhone,
                authorityEmail,
                authorityAddress,
                authorityNote,
                keywords,
                inPerson,
                confidential,
                lifeSituations);
    }

    /** The content typed, with what could not be read and the way back to the fields. */
    Draft<ServiceContent> draft() {
        List<FormProblem> unreadable = new ArrayList<>();
        List<FeeItem> feeItems = new ArrayList<>();
        List<Integer> feeRows = new ArrayList<>();
        List<FeeRow> feeList = Objects.requireNonNull(fees);
        for (int i = 0; i < feeList.size(); i++) {
            FeeRow row = feeList.get(i);
            if (row.isBlank()) {
                continue;
            }
            String field = "fees[" + i + "].";
            feeItems.add(new FeeItem(
                    text(row.label()),
                    amount(field + "amount", row.amount(), unreadable),
                    amount(field + "minAmount", row.minAmount(), unreadable),
                    amount(field + "maxAmount", row.maxAmount(), unreadable),
                    text(row.currency()),
                    row.legalBasis()));
            feeRows.add(i);
        }
        List<Link> links = new ArrayList<>();
        List<Integer> formRows = new ArrayList<>();
        List<LinkRow> formList = Objects.requireNonNull(forms);
        for (int i = 0; i < formList.size(); i++) {
            LinkRow row = formList.get(i);
            if (!row.isBlank()) {
                links.add(new Link(text(row.title()), text(row.url())));
                formRows.add(i);
            }
        }
        Lines leika = Lines.of(leikaKeys);
        Lines documentLines = Lines.of(documents);
        Lines legalBasisLines = Lines.of(legalBases);
        Lines keywordLines = Lines.of(keywords);
        ServiceContent content = new ServiceContent(
                text(name),
                leika.values(),
                text(teaser),
                text(description),
                text(requirements),
                documentLines.values(),
                text(procedure),
                feeItems,
                text(deadlines),
                text(processingTime),
                legalBasisLines.values(),
                text(notes),
                text(legalRemedy),
                links,
                onlineServiceUrl,
                text(contactPoint),
                office,
                authority(),
                keywordLines.values(),
                inPerson,
                confidential,
                Objects.requireNonNull(lifeSituations));
        return new Draft<>(
                content,
                unreadable,
                Map.of(
                        "leikaKeys", leika,
                        "documents", documentLines,
                        "legalBases", legalBasisLines,
                        "keywords", keywordLines),
                Map.of("fees", feeRows, "forms", formRows),
                Map.of("externalAuthority.name", "authorityName", "externalAuthority.url", "authorityUrl"));
    }

    /** No authority outside the town unless the editor wrote something in its fields. */
    private @Nullable ExternalAuthority authority() {
        ExternalAuthority authority = new ExternalAuthority(
                text(authorityName), authorityUrl, authorityPhone, authorityEmail, authorityAddress, authorityNote);
        boolean empty = authority.name().isEmpty()
                && authority.url() == null
                && authority.phone() == null
                && authority.email() == null
                && authority.address() == null
                && authority.note() == null;
        return empty ? null : authority;
    }

    private static @Nullable BigDecimal amount(String field, @Nullable String text, List<FormProblem> unreadable) {
        try {
            return Amounts.parse(text).orElse(null);
        } catch (Amounts.Unreadable e) {
            unreadable.add(FormProblem.of(field, "catalog.editing.amount.unreadable"));
            return null;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
