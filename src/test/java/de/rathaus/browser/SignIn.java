package de.rathaus.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Signs in through the login page the way a person does: type, press the button. */
public final class SignIn {

    private static final String FORM = "form:has(input[name='username']):has(input[name='password'])";
    private static final String ERROR = ".rh-error-summary, [role='alert']";

    private SignIn() {}

    /** Whether the page shown is a login form with the fields {@code username} and {@code password}. */
    public static boolean formShown(Page page) {
        return page.locator(FORM).count() > 0;
    }

    /**
     * Fills and sends the form at {@code /anmelden} of the origin the page is on (or of
     * {@code origin}), then waits until the application has either let the person in or shown an
     * error. Fails with the page's error message when the login is refused.
     */
    public static void signInAs(Page page, String origin, String email, String password) {
        page.navigate(origin + "/anmelden");
        if (!formShown(page)) {
            throw new AssertionError("No login form at " + origin + "/anmelden");
        }
        Locator form = page.locator(FORM).first();
        form.locator("input[name='username']").fill(email);
        form.locator("input[name='password']").fill(password);
        form.locator("button[type='submit'], input[type='submit']").first().click();
        page.waitForCondition(() -> !onLoginPage(page) || page.locator(ERROR).count() > 0);
        if (onLoginPage(page)) {
            throw new AssertionError("Signing in as " + email + " was refused: "
                    + page.locator(ERROR).first().innerText().strip());
        }
    }

    private static boolean onLoginPage(Page page) {
        return page.url().contains("/anmelden");
    }
}
