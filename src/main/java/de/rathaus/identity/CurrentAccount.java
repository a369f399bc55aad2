package de.rathaus.identity;

import de.rathaus.identity.login.AccountPrincipal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in for the current request: what other modules ask instead of Spring Security. */
@Component
public class CurrentAccount {

    public Optional<SignedInAccount> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.toSignedInAccount());
        }
        return Optional.empty();
    }

    /** @throws IllegalStateException where nobody is signed in (a page that should require sign-in) */
    public SignedInAccount get() {
        return find().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
