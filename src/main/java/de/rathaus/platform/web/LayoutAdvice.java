package de.rathaus.platform.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs in its model: the main navigation contributed by the modules and
 * the path of the packaged htmx. Both are worked out once at start-up, not per request.
 */
@ControllerAdvice
class LayoutAdvice {

    private final List<NavigationItem> items;
    private final String htmxPath;

    LayoutAdvice(List<NavigationItem> items, @Value("${rathaus.web.htmx-version}") String htmxVersion) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.htmxPath = "/webjars/htmx.org/" + htmxVersion + "/dist/htmx.min.js";
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return items;
    }

    @ModelAttribute("htmxPath")
    String htmxPath() {
        return htmxPath;
    }
}
