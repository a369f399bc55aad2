package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import de.rathaus.IntegrationTest;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keyboard use: the first Tab shows the skip link, Enter on it puts the focus on the content,
 * every element reached with Tab looks different while it has the focus (WCAG 2.4.7), and a
 * citizen signs in and out without a mouse.
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

    @Test
    void aCitizenSignsInAndOutWithTheKeyboardAlone() {
        Page page = chromium.newPage();
        page.navigate(chromium.url(Town.MUSTERSTADT, "/"));

        tabTo(page, "el.tagName === 'A' && el.textContent.trim() === 'Anmelden'");
        page.keyboard().press("Enter");
        page.waitForURL("**/anmelden**");

        tabTo(page, "el.name === 'username'");
        page.keyboard().type("buerger@musterstadt.example");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.name")).isEqualTo("password");
        page.keyboard().type("Rathaus-Demo-2026");
        page.keyboard().press("Enter");

        // web-first assertions wait for the navigation that the form submission starts
        PlaywrightAssertions.assertThat(page.locator("header")).containsText("Abmelden");
        assertThat(page.locator("header").innerText()).doesNotContain("Anmelden");

        tabTo(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Abmelden'");
        page.keyboard().press("Enter");

        PlaywrightAssertions.assertThat(page.locator("header")).containsText("Anmelden");
        assertThat(page.locator("header").innerText()).doesNotContain("Abmelden");
        page.navigate(chromium.url(Town.MUSTERSTADT, "/konto"));
        assertThat(page.url())
                .as("signed out: the account page asks to sign in")
                .contains("/anmelden");
    }

    /** Presses Tab until the focused element matches the JavaScript condition on {@code el}. */
    private static void tabTo(Page page, String condition) {
        for (int stop = 0; stop < 40; stop++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(
                    page.evaluate("() => { const el = document.activeElement; return " + condition + "; }"))) {
                return;
            }
        }
        throw new AssertionError("No element reachable with Tab matches: " + condition);
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
