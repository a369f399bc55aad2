package de.rathaus.platform.abuse;

/** What {@link ProofOfWork#verify} found out about a submitted solution. */
public sealed interface Verdict {

    /** Whether the solution may be accepted. */
    default boolean valid() {
        return this instanceof Valid;
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
