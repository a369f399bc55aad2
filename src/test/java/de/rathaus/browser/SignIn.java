package de.rathaus.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;

/** Signs in through the login page the way a person does: type, press the button. */
public final class SignIn {

    private static final String LOGIN = "/anmelden";
    private static final String FORM = "form:has(input[name='username']):has(input[name='password'])";
    private static final String ERROR = ".rh-error-summary, [role='alert']";

    private SignIn() {}

    /** Whether the page shown is a login form with the fields {@code username} and {@code password}. */
    public static boolean formShown(Page page) {
        return page.locator(FORM).count() > 0;
    }

    /**
     * Fills and sends the form at {@code /anmelden} of the town the page shows, then waits until the
     * application has either let the person in or shown an error. Fails with the page's error
     * message when the login is refused, and names the step when it asks for more (a code, a
     * second factor, a new password).
     */
    public static void signInAs(Page page, String email, String password) {
        URI current = URI.create(page.url());
        String origin = current.getScheme() + "://" + current.getRawAuthority();
        page.navigate(origin + LOGIN);
        if (!formShown(page)) {
            throw new AssertionError("No login form at " + origin + LOGIN);
        }
        Locator form = page.locator(FORM).first();
        form.locator("input[name='username']").fill(email);
        form.locator("input[name='password']").fill(password);
        form.locator("button[type='submit'], input[type='submit']").first().click();
        page.waitForCondition(
                () -> !path(page).equals(LOGIN) || page.locator(ERROR).count() > 0);
        if (path(page).equals(LOGIN)) {
            throw new AssertionError("Signing in as " + email + " was refused: "
                    + page.locator(ERROR).first().innerText().strip());
        }
        if (path(page).startsWith(LOGIN + "/")) {
            throw new AssertionError("Signing in as " + email + " asks for a further step at " + page.url());
        }
    }

    private static String path(Page page) {
        return URI.create(page.url()).getPath();
    }
}
