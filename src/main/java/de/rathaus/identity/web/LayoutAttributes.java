package de.rathaus.identity.web;

import de.rathaus.identity.login.AccountPrincipal;
import de.rathaus.identity.staff.DemoLogins;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.DemoMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Tells the layout who is signed in ({@code account}: name and start page) and what the demo
 * banner says ({@code demoBanner}). Runs as an interceptor after the language switch, so the
 * banner is in the language the page is rendered in, and for error pages too.
 */
@Component
class LayoutAttributes implements HandlerInterceptor, WebMvcConfigurer {

    /** What the layout shows of the signed-in account. */
    record AccountLink(String displayName, String homePath) {}

    private final DemoMode demo;
    private final MessageSource messages;

    LayoutAttributes(DemoMode demo, MessageSource messages) {
        this.demo = demo;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        AccountPrincipal principal = principal();
        if (principal != null) {
            request.setAttribute("account", new AccountLink(principal.displayName(), principal.homePath()));
        }
        if (demo.enabled()) {
            var locale = RequestContextUtils.getLocale(request);
            request.setAttribute("demoBanner", demoBanner(principal, locale));
        }
        return true;
    }

    private String demoBanner(@Nullable AccountPrincipal principal, Locale locale) {
        if (principal != null && principal.secondFactorSkipped()) {
            return messages.getMessage("identity.demo.banner.second-factor", null, locale);
        }
        return CurrentTenant.find()
                .flatMap(town -> DemoLogins.exampleLogins(town.slug()))
                .map(logins -> messages.getMessage(
                        "identity.demo.banner", new Object[] {String.join(", ", logins), DemoLogins.PASSWORD}, locale))
                .orElseGet(() -> messages.getMessage("identity.demo.banner.general", null, locale));
    }

    private static @Nullable AccountPrincipal principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal
                : null;
    }
}
