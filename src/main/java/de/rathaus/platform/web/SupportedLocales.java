package de.rathaus.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets the language switch pick only the languages Rathaus has bundles for. */
class SupportedLocales implements HandlerInterceptor {

    private static final Set<String> LANGUAGES = Set.of("de", "en");

    private final LocaleChangeInterceptor delegate;

    SupportedLocales(LocaleChangeInterceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String lang = request.getParameter(delegate.getParamName());
        if (lang == null || !LANGUAGES.contains(lang)) {
            return true;
        }
        return delegate.preHandle(request, response, handler);
    }
}
