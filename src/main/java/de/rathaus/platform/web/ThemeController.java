package de.rathaus.platform.web;

import de.rathaus.platform.tenancy.CurrentTenant;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The tenant's accent colour as a tiny stylesheet. The CSP forbids inline styles, so the colour
 * cannot be written into the page itself.
 */
@Controller
class ThemeController {

    @GetMapping("/theme.css")
    ResponseEntity<String> theme() {
        String accent = CurrentTenant.get().accentColour();
        String css = ":root{--rh-accent:" + accent + ";}\n";
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .body(css);
    }
}
