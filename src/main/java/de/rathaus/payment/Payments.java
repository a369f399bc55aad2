package de.rathaus.payment;

import de.rathaus.payment.ledger.Settlements;
import de.rathaus.payment.ledger.Transaction;
import de.rathaus.payment.ledger.Transactions;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What other modules ask of payment: which methods the current town offers, starting a payment,
 * and its status verified with the provider (never taken from the citizen's browser).
 */
@Service
@EnableConfigurationProperties(PaymentProperties.class)
public class Payments {

    /** The XBezahldienste limit of a Verwendungszweck. */
    public static final int MAX_PURPOSE = 140;

    /** The longest request id and reference a caller may give. */
    public static final int MAX_ID = 100;

    /** The largest amount the ledger holds (numeric(12,2)). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final Map<String, PaymentProvider> providers;
    private final List<String> enabled;
    private final Transactions transactions;
    private final Settlements settlements;
    private final TransactionTemplate inTransaction;

    Payments(
            List<PaymentProvider> providers,
            PaymentProperties properties,
            Transactions transactions,
            Settlements settlements,
            PlatformTransactionManager transactionManager) {
        this.providers =
                providers.stream().collect(Collectors.toUnmodifiableMap(PaymentProvider::id, Function.identity()));
        this.enabled = List.copyOf(properties.providers());
        List<String> unknown =
                enabled.stream().filter(id -> !this.providers.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            // a mistyped id would silently take a payment method away from every town
            throw new IllegalStateException("rathaus.payment.providers names unknown providers " + unknown
                    + "; known are " + this.providers.keySet());
        }
        this.transactions = transactions;
        this.settlements = settlements;
        this.inTransaction = new TransactionTemplate(transactionManager);
    }

    /** The methods the current town offers (the test cash desk only in demo mode), in configured order. */
    public List<PaymentMethod> methods() {
        return enabled.stream()
                .map(providers::get)
                .filter(Objects::nonNull)
                .filter(PaymentProvider::available)
                .map(p -> new PaymentMethod(p.id(), p.labelKey(), p.payLater()))
                .toList();
    }

    /**
     * Starts a payment with the provider. The same request id again returns the transaction already
     * started (idempotent), if it asks for the same provider and amount.
     *
     * <p>Rathaus stores its transaction row first and then asks the provider, with the row locked so
     * that two simultaneous starts create one transaction at the provider. A provider that fails
     * leaves the row open; starting again with the same request id asks the provider again.
     *
     * @throws IllegalArgumentException for an unknown or unavailable provider, a bad amount, purpose,
     *     reference or return address, or a request id already used for another provider or amount
     */
    public Payment start(String provider, PaymentRequest request) {
        PaymentProvider chosen = usable(provider);
        check(request);
        Transaction stored = transactions.open(chosen.id(), request);
        if (!stored.provider().equals(chosen.id()) || stored.amount().compareTo(request.amount()) != 0) {
            throw new IllegalArgumentException("Request id " + request.requestId()
                    + " was already used for a payment of " + stored.amount() + " € with " + stored.provider());
        }
        if (stored.providerTxId() != null) {
            return stored.toPayment();
        }
        Transaction created = inTransaction.execute(status -> {
            Transaction locked = transactions.lock(stored.id()).orElseThrow();
            if (locked.providerTxId() == null && !locked.isFinal()) {
                ProviderTransaction answer = chosen.create(request);
                transactions.created(locked.id(), answer);
                if (answer.status() != PaymentStatus.INITIAL) {
                    settlements.settle(locked, answer.status());
                }
            }
            return transactions.find(locked.id()).orElseThrow();
        });
        return Objects.requireNonNull(created).toPayment();
    }

    /**
     * The payment's status asked afresh from the provider and stored; calling it again (a reloaded
     * return page) changes nothing once the status is final. Empty for a payment of another town.
     */
    public Optional<Payment> verify(UUID paymentId) {
        Optional<Transaction> stored = transactions.find(paymentId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Transaction transaction = stored.get();
        String providerTxId = transaction.providerTxId();
        PaymentProvider provider = providers.get(transaction.provider());
        if (transaction.isFinal() || providerTxId == null || provider == null) {
            return Optional.of(transaction.toPayment());
        }
        PaymentStatus status = provider.status(providerTxId);
        if (status == PaymentStatus.INITIAL) {
            return Optional.of(transaction.toPayment());
        }
        return Optional.of(settlements.settle(transaction, status).transaction().toPayment());
    }

    /** The payment as last stored, without asking the provider. Empty for a payment of another town. */
    public Optional<Payment> find(UUID paymentId) {
        return transactions.find(paymentId).map(Transaction::toPayment);
    }

    private PaymentProvider usable(String id) {
        PaymentProvider provider = providers.get(id);
        if (provider == null || !enabled.contains(id) || !provider.available()) {
            throw new IllegalArgumentException("Payment provider '" + id + "' is unknown or not available here");
        }
        return provider;
    }

    private static void check(PaymentRequest request) {
        BigDecimal amount = request.amount();
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("The amount must be more than 0 €, not " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(
                    "The amount may have at most two decimals (cents), not " + amount.toPlainString());
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("The amount may be at most " + MAX_AMOUNT.toPlainString() + " €");
        }
        if (request.purpose().isBlank() || request.purpose().length() > MAX_PURPOSE) {
            throw new IllegalArgumentException("The purpose (Verwendungszweck) must have 1 to " + MAX_PURPOSE
                    + " characters, not " + request.purpose().length());
        }
        if (request.requestId().isBlank() || request.requestId().length() > MAX_ID) {
            throw new IllegalArgumentException("The request id must have 1 to " + MAX_ID + " characters");
        }
        if (request.reference().length() > MAX_ID) {
            throw new IllegalArgumentException("The reference may have at most " + MAX_ID + " characters");
        }
        if (!returnable(request.returnUrl())) {
            throw new IllegalArgumentException("The return address must be an absolute http(s) address or a path"
                    + " starting with '/', not " + request.returnUrl());
        }
    }

    /** An absolute web address, or a path on this town's host (never one that leaves it: {@code //host}). */
    private static boolean returnable(URI url) {
        if (url.isAbsolute()) {
            return ("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))
                    && url.getHost() != null;
        }
        String path = url.getRawPath();
        return url.getRawAuthority() == null && path != null && path.startsWith("/") && !path.startsWith("//");
    }

    /**
     * A payment method as citizens choose it.
     *
     * @param id the provider's id
     * @param labelKey message key of its name, e.g. "Online bezahlen (Testkasse)"
     * @param payLater whether the citizen pays later (an invoice): the application is sent with the
     *     payment open
     */
    public record PaymentMethod(String id, String labelKey, boolean payLater) {}
}
