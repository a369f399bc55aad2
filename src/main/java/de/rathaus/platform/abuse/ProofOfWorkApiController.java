package de.rathaus.platform.abuse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hands out proof-of-work challenges to the browser widget and to API clients. */
@RestController
@Tag(name = "Proof of work", description = "Challenges that anonymous submissions and bookings must solve")
class ProofOfWorkApiController {

    private final ProofOfWork proofOfWork;

    ProofOfWorkApiController(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    @GetMapping(path = "/api/v1/proof-of-work/challenge", produces = "application/json")
    @Operation(summary = "A fresh ALTCHA-compatible proof-of-work challenge", description = """
                    Find the number n in 0..maxnumber for which the hex SHA-256 of salt followed by n (in \
                    decimal) equals challenge. Send back Base64 of the JSON {"algorithm", "challenge", \
                    "number", "salt", "signature"} (the ALTCHA payload) with the request that needs it, e.g. \
                    as field "altcha". Each solution is accepted once and only until the expiry in the salt \
                    (?expires=<epoch seconds>).""")
    @ApiResponse(responseCode = "200", description = "The challenge; never cache it")
    ResponseEntity<Challenge> challenge() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(proofOfWork.issue());
    }
}
