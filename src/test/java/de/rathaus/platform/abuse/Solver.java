package de.rathaus.platform.abuse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Solves challenges the way the browser widget does, and writes ALTCHA payloads, for the tests. */
final class Solver {

    private Solver() {}

    static long solve(Challenge challenge) {
        for (long number = 0; number <= challenge.maxnumber(); number++) {
            if (Hashing.sha256(challenge.salt() + number).equals(challenge.challenge())) {
                return number;
            }
        }
        throw new AssertionError("No number up to " + challenge.maxnumber() + " solves " + challenge);
    }

    static String payload(Challenge challenge) {
        return payload(challenge, solve(challenge), challenge.signature());
    }

    static String payload(Challenge challenge, long number, String signature) {
        return payload(challenge.algorithm(), challenge.challenge(), number, challenge.salt(), signature);
    }

    static String payload(String algorithm, String challenge, long number, String salt, String signature) {
        String json = """
                {"algorithm":"%s","challenge":"%s","number":%d,"salt":"%s","signature":"%s","took":12}""".formatted(algorithm, challenge, number, salt, signature);
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
