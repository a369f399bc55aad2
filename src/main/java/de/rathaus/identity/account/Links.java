package de.rathaus.identity.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links for e-mails. Each town has its own host name, so a link points to the host the
 * request came in on; without a request (jobs) the configured base URL is used.
 */
@Component
public class Links {

    private final String baseUrl;

    Links(@Value("${rathaus.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String absolute(String path, String queryName, String queryValue) {
        UriComponentsBuilder base = RequestContextHolder.getRequestAttributes() == null
                ? UriComponentsBuilder.fromUriString(baseUrl)
                : ServletUriComponentsBuilder.fromCurrentContextPath();
        return base.path(path).queryParam(queryName, queryValue).encode().build().toUriString();
    }

    public String absolute(String path) {
        UriComponentsBuilder base = RequestContextHolder.getRequestAttributes() == null
                ? UriComponentsBuilder.fromUriString(baseUrl)
                : ServletUriComponentsBuilder.fromCurrentContextPath();
        return base.path(path).build().toUriString();
    }
}
