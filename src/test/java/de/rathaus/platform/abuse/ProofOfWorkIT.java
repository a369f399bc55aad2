package de.rathaus.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.Http;
import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ProofOfWorkIT {

    @LocalServerPort
    int port;

    @Autowired
    ProofOfWork proofOfWork;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSolvedChallengeIsValidOnce() {
        String payload = Solver.payload(proofOfWork.issue());

        assertThat(proofOfWork.verify(payload)).isEqualTo(new Verdict.Valid());
        assertThat(proofOfWork.verify(payload)).isEqualTo(new Verdict.Replayed());
    }

    @Test
    void aChallengeCarriesTheConfiguredDifficultyAndAnExpiry() {
        Challenge challenge = proofOfWork.issue();

        assertThat(challenge.algorithm()).isEqualTo("SHA-256");
        assertThat(challenge.maxnumber()).isEqualTo(1000);
        assertThat(challenge.challenge()).matches("[0-9a-f]{64}");
        assertThat(challenge.signature()).matches("[0-9a-f]{64}");
        assertThat(challenge.salt()).matches("[0-9a-f]{24}\\?expires=\\d+");
        assertThat(proofOfWork.issue().salt()).isNotEqualTo(challenge.salt());
    }

    @Test
    void aWrongNumberIsInvalid() {
        Challenge challenge = proofOfWork.issue();
        long wrong = (Solver.solve(challenge) + 1) % (challenge.maxnumber() + 1);

        assertThat(proofOfWork.verify(Solver.payload(challenge, wrong, challenge.signature())))
                .isEqualTo(new Verdict.Invalid("number"));
    }

    @Test
    void aTamperedSignatureIsInvalid() {
        Challenge challenge = proofOfWork.issue();
        String forged = (challenge.signature().charAt(0) == 'a' ? "b" : "a")
                + challenge.signature().substring(1);

        assertThat(proofOfWork.verify(Solver.payload(challenge, Solver.solve(challenge), forged)))
                .isEqualTo(new Verdict.Invalid("signature"));
    }

    @Test
    void aChallengeMadeUpByTheClientIsInvalid() {
        // the client picks salt and number itself: the hash is right, but it has no signature of ours
        String salt = "0123456789abcdef01234567?expires="
                + Instant.now().plusSeconds(600).getEpochSecond();
        String challenge = Hashing.sha256(salt + 7);

        assertThat(proofOfWork.verify(Solver.payload("SHA-256", challenge, 7, salt, "00".repeat(32))))
                .isEqualTo(new Verdict.Invalid("signature"));
    }

    @Test
    void aLongerExpiryInTheSaltBreaksTheSolution() {
        Challenge challenge = proofOfWork.issue();
        long number = Solver.solve(challenge);
        String later = challenge.salt().replaceAll("expires=\\d+", "expires=4102444800");

        assertThat(proofOfWork.verify(
                        Solver.payload("SHA-256", challenge.challenge(), number, later, challenge.signature())))
                .isEqualTo(new Verdict.Invalid("number"));
    }

    @Test
    void anExpiredChallengeIsRefusedAsExpired() {
        Challenge expired = proofOfWork.issue(Instant.now().minusSeconds(1));

        assertThat(proofOfWork.verify(Solver.payload(expired))).isEqualTo(new Verdict.Expired());
    }

    @Test
    void nothingSubmittedIsMissingAndGarbageIsInvalid() {
        assertThat(proofOfWork.verify(null)).isEqualTo(new Verdict.Missing());
        assertThat(proofOfWork.verify("  ")).isEqualTo(new Verdict.Missing());
        assertThat(proofOfWork.verify("kein base64!")).isEqualTo(new Verdict.Invalid("unreadable"));
        assertThat(proofOfWork.verify(base64("[1, 2]"))).isEqualTo(new Verdict.Invalid("unreadable"));
        assertThat(proofOfWork.verify(base64("{\"number\": \"12\"}"))).isEqualTo(new Verdict.Invalid("unreadable"));
        assertThat(proofOfWork.verify(base64("{\"number\": 1.5}"))).isEqualTo(new Verdict.Invalid("unreadable"));
        assertThat(proofOfWork.verify("A".repeat(100_000))).isEqualTo(new Verdict.Invalid("unreadable"));
        Challenge challenge = proofOfWork.issue();
        assertThat(proofOfWork.verify(
                        Solver.payload("SHA-1", challenge.challenge(), 1, challenge.salt(), challenge.signature())))
                .isEqualTo(new Verdict.Invalid("algorithm"));
    }

    @Test
    void twoThreadsUsingTheSameSolutionAtOnceGetOneValid() throws Exception {
        for (int round = 0; round < 5; round++) {
            String payload = Solver.payload(proofOfWork.issue());
            var barrier = new CyclicBarrier(2);
            List<Future<Verdict>> verdicts = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
                for (int i = 0; i < 2; i++) {
                    verdicts.add(threads.submit(() -> {
                        barrier.await();
                        return proofOfWork.verify(payload);
                    }));
                }
            }
            List<Verdict> outcomes = new ArrayList<>();
            for (Future<Verdict> verdict : verdicts) {
                outcomes.add(verdict.get());
            }

            assertThat(outcomes).containsExactlyInAnyOrder(new Verdict.Valid(), new Verdict.Replayed());
        }
    }

    @Test
    void theChallengeEndpointServesAnUncachableChallengeThatVerifies() {
        var response = new Http(port)
                .send(new Http(port)
                        .request("localhost", "/api/v1/proof-of-work/challenge")
                        .header("Accept", "application/json")
                        .GET()
                        .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        JsonNode body = json.readTree(response.body());
        var challenge = new Challenge(
                body.path("algorithm").asString(),
                body.path("challenge").asString(),
                body.path("maxnumber").asLong(),
                body.path("salt").asString(),
                body.path("signature").asString());
        assertThat(challenge.maxnumber()).isEqualTo(1000);
        assertThat(proofOfWork.verify(Solver.payload(challenge))).isEqualTo(new Verdict.Valid());
    }

    @Test
    void theChallengeEndpointIsInTheOpenApiDocument() {
        var response = new Http(port)
                .send(new Http(port)
                        .request("localhost", "/api/v1/openapi.json")
                        .GET()
                        .build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode path = json.readTree(response.body()).path("paths").path("/api/v1/proof-of-work/challenge");
        assertThat(path.path("get").path("summary").asString()).contains("proof-of-work challenge");
        assertThat(json.readTree(response.body()).path("paths").has("/api/test-only/too-many"))
                .isFalse();
    }

    @Test
    void aFormSubmittedWithoutJavaScriptHasAMissingSolution() {
        var visitor = new Visitor(port, "localhost");
        assertThat(visitor.get("/test-only/proof-of-work").body())
                .contains("data-proof-of-work")
                .contains("name=\"altcha\"")
                .contains("role=\"status\"")
                .contains("/js/proof-of-work.js");

        var response = visitor.submit("/test-only/proof-of-work", Map.of("name", "Erika"));

        assertThat(response.body()).contains("<span id=\"verdict\">Missing</span>");
    }

    @Test
    void aFormSubmittedWithASolutionIsValid() {
        var visitor = new Visitor(port, "musterdorf.localhost");
        visitor.get("/test-only/proof-of-work");

        var response = visitor.submit(
                "/test-only/proof-of-work", Map.of("name", "Erika", "altcha", Solver.payload(proofOfWork.issue())));

        assertThat(response.body()).contains("<span id=\"verdict\">Valid</span>");
    }

    @Test
    void usedChallengesAreForgottenOnceTheyHaveExpired() {
        String payload = Solver.payload(proofOfWork.issue());
        proofOfWork.verify(payload);
        jdbc.sql(
                        "insert into platform.proof_of_work_used (challenge, expires_at) values (?, now() - interval '1 second')")
                .param("expired-" + java.util.UUID.randomUUID())
                .update();

        proofOfWork.forgetExpired();

        assertThat(jdbc.sql("select count(*) from platform.proof_of_work_used where expires_at < now()")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(proofOfWork.verify(payload)).as("still remembered").isEqualTo(new Verdict.Replayed());
    }

    @Test
    void verdictsNameTheirMessages() {
        assertThat(List.of(
                                new Verdict.Valid(),
                                new Verdict.Missing(),
                                new Verdict.Invalid("number"),
                                new Verdict.Expired(),
                                new Verdict.Replayed())
                        .stream()
                        .map(Verdict::messageKey))
                .containsExactly(
                        "abuse.proof-of-work.valid",
                        "abuse.proof-of-work.missing",
                        "abuse.proof-of-work.invalid",
                        "abuse.proof-of-work.expired",
                        "abuse.proof-of-work.replayed");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
