package de.rathaus.platform.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the tenant from the request's host name before anything else runs (security included)
 * and exposes it as the request attribute {@value #ATTRIBUTE} for templates.
 *
 * <p>Host lookups are cached for a short time on each node; a host added to a tenant is seen by
 * every node within {@link #CACHE_TIME}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class TenantFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = "tenant";
    private static final Duration CACHE_TIME = Duration.ofSeconds(30);

    private record Cached(Tenant tenant, Instant until) {}

    private final Tenants tenants;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    TenantFilter(Tenants tenants) {
        this.tenants = tenants;
        this.clock = Clock.systemUTC();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Tenant> tenant = resolve(request.getServerName());
        if (tenant.isEmpty()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "No municipality is set up yet");
            return;
        }
        request.setAttribute(ATTRIBUTE, tenant.get());
        Tenant previous = CurrentTenant.enter(tenant.get());
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentTenant.restore(previous);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // error pages are rendered in the tenant's layout too
        return false;
    }

    private Optional<Tenant> resolve(String host) {
        Instant now = clock.instant();
        Cached cached = cache.get(host);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached.tenant());
        }
        Optional<Tenant> tenant = tenants.forHost(host);
        // only a found town is cached: before the first town exists (a fresh installation is still
        // being set up) every request must look again
        tenant.ifPresent(found -> {
            if (cache.size() > 10_000) {
                cache.clear(); // a flood of invented host names must not grow the cache without bound
            }
            cache.put(host, new Cached(found, now.plus(CACHE_TIME)));
        });
        return tenant;
    }
}
