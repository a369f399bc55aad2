package de.rathaus.identity.login;

import de.rathaus.platform.audit.Actor;
import de.rathaus.platform.audit.Actors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/** Tells the audit log who acts: the signed-in account by pseudonym, an anonymous visitor, or the system (jobs). */
@Component
class SignedInActors implements Actors {

    @Override
    public Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            Actor.Kind kind = switch (principal.kind()) {
                case CITIZEN -> Actor.Kind.CITIZEN;
                case STAFF -> Actor.Kind.STAFF;
                case OPERATOR -> Actor.Kind.OPERATOR;
            };
            return new Actor(principal.pseudonym().toString(), kind);
        }
        return RequestContextHolder.getRequestAttributes() == null ? Actor.system() : Actor.anonymous();
    }
}
