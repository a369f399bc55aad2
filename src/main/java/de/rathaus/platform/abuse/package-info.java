/**
 * Keeps bots and floods away from what anyone may do without signing in (anonymous applications,
 * appointment bookings): rate limits counted in PostgreSQL, so every node agrees, and a
 * privacy-friendly proof of work (ALTCHA-compatible, self-hosted, no third-party captcha) that a
 * browser solves in a second or two.
 *
 * <p>Callers use {@link de.rathaus.platform.abuse.ProofOfWork} to check a submitted solution,
 * {@link de.rathaus.platform.abuse.RateLimits} with keys from {@link
 * de.rathaus.platform.abuse.ClientKeys} to count attempts, and throw {@link
 * de.rathaus.platform.abuse.TooManyRequestsException} to answer 429 (problem+json on the API, a
 * friendly page on the web). Forms include the widget {@code platform/proof-of-work :: widget}.
 */
@NamedInterface("abuse")
@NullMarked
package de.rathaus.platform.abuse;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
