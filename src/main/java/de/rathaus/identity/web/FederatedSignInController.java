package de.rathaus.identity.web;

import de.rathaus.identity.SignInProvider;
import de.rathaus.identity.federation.FederatedProviders;
import de.rathaus.identity.federation.FederationProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages around a sign-in through another identity provider that did not work out. The sign-in
 * itself runs in Spring Security's OAuth2 filters; these pages explain what went wrong and what to do.
 */
@Controller
class FederatedSignInController {

    private final FederatedProviders providers;

    FederatedSignInController(FederatedProviders providers) {
        this.providers = providers;
    }

    /** Where a failed or refused sign-in ends. */
    @GetMapping("/anmelden/extern")
    String problem(
            @RequestParam(name = "anbieter", required = false) @Nullable String providerId,
            @RequestParam(name = "grund", required = false) @Nullable String reason,
            Model model) {
        model.addAttribute("provider", provider(providerId).orElse(null));
        model.addAttribute(
                "problem", FederationProblem.bySlug(Forms.text(reason)).orElse(FederationProblem.FAILED));
        return "identity/federation-problem";
    }

    /**
     * The start address reaches this controller only when the filter could not send the person
     * on: the town does not offer this provider (404), or the provider cannot be reached now (503).
     */
    @GetMapping("/oauth2/authorization/{providerId}")
    String unavailable(@PathVariable String providerId, Model model, HttpServletResponse response) {
        SignInProvider provider =
                provider(providerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("provider", provider);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        return "identity/federation-unavailable";
    }

    private Optional<SignInProvider> provider(@Nullable String id) {
        return id == null || id.isBlank() ? Optional.empty() : providers.offeredHere(id);
    }
}
