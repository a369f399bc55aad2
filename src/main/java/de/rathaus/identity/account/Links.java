package de.rathaus.identity.account;

import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links for e-mails, pointing to the current town. Each town has its own host name: a
 * link uses the host the request came in on, or, when the request came in on another town's host
 * (an operator registering a town), the current town's own host with the request's scheme and
 * port. Without a request (jobs) the configured base URL is used.
 */
@Component
public class Links {

    private final String baseUrl;
    private final Tenants tenants;

    Links(@Value("${rathaus.base-url:http://localhost:8080}") String baseUrl, Tenants tenants) {
        this.baseUrl = baseUrl;
        this.tenants = tenants;
    }

    public String absolute(String path, String queryName, String queryValue) {
        return base().path(path)
                .queryParam(queryName, queryValue)
                .encode()
                .build()
                .toUriString();
    }

    public String absolute(String path) {
        return base().path(path).build().toUriString();
    }

    private UriComponentsBuilder base() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return UriComponentsBuilder.fromUriString(baseUrl);
        }
        UriComponentsBuilder base = ServletUriComponentsBuilder.fromCurrentContextPath();
        HttpServletRequest request = attributes.getRequest();
        Tenant town = CurrentTenant.get();
        boolean ownHost = tenants.forHost(request.getServerName())
                .map(hostTown -> hostTown.id().equals(town.id()))
                .orElse(false);
        if (ownHost) {
            return base;
        }
        List<String> hosts = tenants.hostsOf(town.id());
        return hosts.isEmpty() ? UriComponentsBuilder.fromUriString(baseUrl) : base.host(hosts.getFirst());
    }
}
