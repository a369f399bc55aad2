package de.rathaus.identity.login;

import de.rathaus.platform.tenancy.CurrentTenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps the signed-in context in the session, and accepts it only on the town it was created on.
 * A session cookie carried to another town's host (a shared parent domain, a stolen cookie)
 * counts there as not signed in; the session itself stays valid on its own town.
 */
public class TenantBoundSecurityContextRepository implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext context;
            private boolean generated;

            @Override
            public SecurityContext get() {
                resolve();
                return context;
            }

            @Override
            public boolean isGenerated() {
                resolve();
                return generated;
            }

            private void resolve() {
                if (context != null) {
                    return;
                }
                SecurityContext loaded = stored.get();
                if (belongsHere(loaded.getAuthentication())) {
                    context = loaded;
                    generated = stored.isGenerated();
                } else {
                    context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                    generated = true;
                }
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        Supplier<SecurityContext> deferred = loadDeferredContext(holder.getRequest());
        return deferred.get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request)
                && belongsHere(sessions.loadDeferredContext(request).get().getAuthentication());
    }

    private static boolean belongsHere(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            // a principal that did not come through SignIn carries no town and is not trusted
            return authentication == null;
        }
        return CurrentTenant.find()
                .map(tenant -> principal.boundTo(tenant.id()))
                .orElse(false);
    }
}
