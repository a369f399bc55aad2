package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import de.rathaus.IntegrationTest;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keyboard use: the first Tab shows the skip link, Enter on it puts the focus on the content, and
 * every element reached with Tab looks different while it has the focus (WCAG 2.4.7).
 */
@IntegrationTest
class KeyboardIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    /** What a focus style can change; compared with and without the focus on the same element. */
    private static final String LOOK = """
        el => { const s = getComputedStyle(el);
                return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow,
                        s.backgroundColor, s.color, s.textDecorationLine, s.borderColor].join(' | '); }\
        """;

    @Test
    void firstTabShowsSkipLinkAndEnterMovesFocusToContent() {
        Page page = chromium.newPage();
        page.navigate(chromium.url(Town.MUSTERSTADT, "/"));
        var skipLink = page.locator(".rh-skip-link");
        assertThat(isOnScreen(page, skipLink.boundingBox()))
                .as("hidden until focused")
                .isFalse();

        page.keyboard().press("Tab");

        assertThat(page.evaluate("() => document.activeElement.classList.contains('rh-skip-link')"))
                .isEqualTo(true);
        assertThat(isOnScreen(page, skipLink.boundingBox()))
                .as("visible once focused")
                .isTrue();

        page.keyboard().press("Enter");

        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("inhalt");
        assertThat(page.evaluate("() => document.activeElement.tagName")).isEqualTo("MAIN");
    }

    @Test
    void everyTabStopShowsWhereTheFocusIs() {
        for (Town town : Town.values()) {
            Page page = chromium.newPage();
            page.navigate(chromium.url(town, "/"));
            var focusedLooks = new ArrayList<Map<?, ?>>();

            for (int stop = 0; stop < 60; stop++) {
                page.keyboard().press("Tab");
                Object focused = page.evaluate(
                        "stop => { const el = document.activeElement;"
                                + " if (el === document.body || el.dataset.tabStop) return null;"
                                + " el.dataset.tabStop = stop;"
                                + " return { html: el.outerHTML.slice(0, 120), look: (" + LOOK + ")(el) }; }",
                        stop);
                if (focused == null) {
                    break;
                }
                focusedLooks.add((Map<?, ?>) focused);
            }
            page.evaluate("() => document.activeElement.blur()");
            Map<?, ?> unfocusedLooks = (Map<?, ?>) page.evaluate("() => Object.fromEntries(Array.from("
                    + "document.querySelectorAll('[data-tab-stop]'), el => [el.dataset.tabStop, (" + LOOK + ")(el)]))");

            assertThat(focusedLooks).as(town + " tab stops").hasSizeGreaterThan(5);
            for (int stop = 0; stop < focusedLooks.size(); stop++) {
                assertThat(focusedLooks.get(stop).get("look"))
                        .as("focus indicator of " + focusedLooks.get(stop).get("html"))
                        .isNotEqualTo(unfocusedLooks.get(String.valueOf(stop)));
            }
        }
    }

    private static boolean isOnScreen(Page page, BoundingBox box) {
        var viewport = page.viewportSize();
        return box != null
                && box.width > 1
                && box.height > 1
                && box.x >= 0
                && box.y >= 0
                && box.x + box.width <= viewport.width
                && box.y + box.height <= viewport.height;
    }
}
