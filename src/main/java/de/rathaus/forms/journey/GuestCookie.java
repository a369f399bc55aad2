package de.rathaus.forms.journey;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that opens a guest's draft: it holds the draft's secret, is sent only to that draft's
 * pages (its path) and never to scripts, so no server session is needed for guests.
 */
final class GuestCookie {

    static final String NAME = "RATHAUS_ENTWURF";
    static final Duration LIFETIME = Duration.ofDays(7);

    private GuestCookie() {}

    static String path(String formKey, UUID draftId) {
        return "/antrag/" + formKey + "/" + draftId;
    }

    static void set(HttpServletResponse response, String formKey, UUID draftId, String secret, boolean secure) {
        ResponseCookie cookie = ResponseCookie.from(NAME, secret)
                .path(path(formKey, draftId))
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .maxAge(LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    static @Nullable String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
