package de.rathaus.platform.abuse;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An ALTCHA-compatible challenge: find the number {@code n} in {@code 0..maxnumber} with
 * SHA-256({@code salt} + n) = {@code challenge}; the solution goes back together with the salt and
 * {@code signature}, which proves that this installation issued the challenge.
 */
@Schema(description = "An ALTCHA-compatible proof-of-work challenge")
public record Challenge(
        @Schema(description = "Always SHA-256", example = "SHA-256")
        String algorithm,

        @Schema(description = "Hex SHA-256 of salt followed by the secret number")
        String challenge,

        @Schema(description = "The largest number to try", example = "50000")
        long maxnumber,

        @Schema(description = "Random part and expiry (?expires=<epoch seconds>)")
        String salt,

        @Schema(description = "Hex HMAC-SHA256 of the challenge under the installation's key")
        String signature) {}
