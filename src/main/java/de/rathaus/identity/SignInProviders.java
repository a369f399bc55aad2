package de.rathaus.identity;

import de.rathaus.identity.federation.FederatedProviders;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The identity providers citizens of the current town may sign in with, for the login page and
 * for services that need a stronger sign-in than the person has ({@link TrustLevel}).
 */
@Component
public class SignInProviders {

    private final FederatedProviders providers;

    SignInProviders(FederatedProviders providers) {
        this.providers = providers;
    }

    public List<SignInProvider> forCurrentTown() {
        return providers.offeredHere();
    }

    /** The providers of the current town that can vouch for at least this level. */
    public List<SignInProvider> reaching(TrustLevel required) {
        return forCurrentTown().stream()
                .filter(provider -> provider.highestTrustLevel().atLeast(required))
                .toList();
    }
}
