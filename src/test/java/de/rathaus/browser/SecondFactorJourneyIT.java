package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.rathaus.IntegrationTest;
import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.login.Base32;
import de.rathaus.identity.login.Totp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A new staff member sets up the second factor in the browser: the enrolment page with its QR
 * code, a wrong code (error summary gets the focus), the right code, the staff start page. The
 * crawl cannot reach these pages, since demo staff skip the second factor.
 */
@IntegrationTest
class SecondFactorJourneyIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static final Pattern SECRET = Pattern.compile("secret=([A-Z2-7]+)");

    @Autowired
    ApplicationContext context;

    @Test
    void aNewStaffMemberSetsUpTheSecondFactorWithTheQrCode() {
        var accounts = new TestAccounts(context);
        Account clerk = accounts.staff(accounts.musterstadt(), new RoleGrant(Role.EDITOR, null));
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        var findings = new ArrayList<Finding>();

        page.navigate(chromium.url(Town.MUSTERSTADT, "/anmelden"));
        page.locator("input[name='username']").fill(clerk.email());
        page.locator("input[name='password']").fill(TestAccounts.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL("**/anmelden/zweiter-faktor");
        findings.addAll(audit.check("enrolment"));

        var qr = page.locator("img.rh-qr");
        PlaywrightAssertions.assertThat(qr).isVisible();
        assertThat(qr.evaluate("img => img.naturalWidth"))
                .as("the QR code image loads")
                .isNotEqualTo(0);
        var secret = SECRET.matcher(page.locator("a[href^='otpauth:']").getAttribute("href"));
        assertThat(secret.find()).isTrue();

        page.locator("input[name='code']").fill("000000".equals(code(secret.group(1))) ? "111111" : "000000");
        page.locator("input[name='code']").press("Enter");
        PlaywrightAssertions.assertThat(page.locator(".rh-error-summary")).isVisible();
        assertThat(page.evaluate("() => document.activeElement.classList.contains('rh-error-summary')"))
                .as("the error summary gets the focus")
                .isEqualTo(true);
        findings.addAll(audit.check("enrolment with a wrong code"));

        page.locator("input[name='code']").fill(code(secret.group(1)));
        page.locator("input[name='code']").press("Enter");
        page.waitForURL("**/verwaltung");
        findings.addAll(audit.check("staff start page"));

        PageAudit.assertNone(findings);
    }

    private static String code(String secret) {
        return Totp.codeAt(Base32.decode(secret), Instant.now());
    }
}
