package de.rathaus.platform.abuse;

/** What {@link ProofOfWork#verify} found out about a submitted solution. */
public sealed interface Verdict {

    /** Whether the solution may be accepted. */
    default boolean valid() {
        return this instanceof Valid;
    }

    /** The message (in {@code i18n/abuse}) that tells a person what happened, e.g. next to the form. */
    default String messageKey() {
        return switch (this) {
            case Valid valid -> "abuse.proof-of-work.valid";
            case Missing missing -> "abuse.proof-of-work.missing";
            case Invalid invalid -> "abuse.proof-of-work.invalid";
            case Expired expired -> "abuse.proof-of-work.expired";
            case Replayed replayed -> "abuse.proof-of-work.replayed";
        };
    }

    /** A correct solution of a challenge this installation issued, used for the first time. */
    record Valid() implements Verdict {}

    /** No solution was submitted (e.g. the browser runs without JavaScript). */
    record Missing() implements Verdict {}

    /** Not a solution of a challenge issued here: unreadable, wrong number or forged signature. */
    record Invalid(String reason) implements Verdict {}

    /** A correct solution, but its challenge has expired: fetch a new one. */
    record Expired() implements Verdict {}

    /** A correct solution that has been used before. */
    record Replayed() implements Verdict {}
}
