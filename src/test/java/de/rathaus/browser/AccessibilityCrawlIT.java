package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import de.rathaus.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WCAG 2.1 AA on every page a visitor can reach: walks each demo town from its home page,
 * following every link, and runs axe-core on each page, in German and on a sample in English.
 * Staff pages are walked after signing in. One run lists every violation with rule, element and
 * page.
 */
@IntegrationTest
class AccessibilityCrawlIT {

    private static final Logger log = LoggerFactory.getLogger(AccessibilityCrawlIT.class);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    /** The pages every public body must have; the walk has to find all of them. */
    private static final Set<String> PUBLIC_PAGES =
            Set.of("/", "/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache", "/gebaerdensprache");

    private static final List<String> ENGLISH_SAMPLE =
            List.of("/", "/barrierefreiheit", "/leichte-sprache", "/anmelden");
    private static final String MISSING_PAGE = "/diese-seite-gibt-es-nicht";
    private static final int MAX_PAGES = 400;

    /** Password of the demo accounts, seeded in demo mode (identity's DemoAccounts, listed in the README). */
    private static final String STAFF_PASSWORD = "Rathaus-Demo-2026";

    @ParameterizedTest
    @EnumSource(Town.class)
    void everyPublicPageMeetsWcag21AA(Town town) {
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);

        SiteCrawler.Result walk = new SiteCrawler(MAX_PAGES).crawl(page, audit, chromium.url(town, "/"));
        var findings = new ArrayList<>(walk.findings());
        Response missing = page.navigate(chromium.url(town, MISSING_PAGE));
        findings.addAll(audit.check(town.displayName() + " 404 page"));

        log.info("{}: audited {} pages: {}", town.displayName(), walk.pages().size(), walk.pages());
        assertThat(walk.pages()).containsAll(PUBLIC_PAGES);
        assertThat(walk.visitedPaths()).as("the login link in the header").contains("/anmelden");
        assertThat(walk.serverErrors()).isEmpty();
        assertThat(walk.truncated())
                .as("walk finished within " + MAX_PAGES + " pages")
                .isFalse();
        assertThat(missing.status()).isEqualTo(404);
        PageAudit.assertNone(findings);
    }

    @ParameterizedTest
    @EnumSource(Town.class)
    void englishPagesMeetWcag21AA(Town town) {
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        var findings = new ArrayList<Finding>();

        for (String path : ENGLISH_SAMPLE) {
            page.navigate(chromium.url(town, path + "?lang=en"));
            assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo("en");
            findings.addAll(audit.check(town.displayName() + " " + path + "?lang=en"));
        }
        page.navigate(chromium.url(town, MISSING_PAGE));
        assertThat(page.locator("html").getAttribute("lang"))
                .as("the language choice sticks")
                .isEqualTo("en");
        findings.addAll(audit.check(town.displayName() + " 404 page in English"));

        PageAudit.assertNone(findings);
    }

    /** Each demo account with its own area: a clerk, the town's admin (staff administration), the operator. */
    @ParameterizedTest
    @CsvSource({
        "sachbearbeitung@musterstadt.example, /verwaltung",
        "admin@musterstadt.example, /verwaltung/konten",
        "betrieb@rathaus.example, /betrieb"
    })
    void staffPagesMeetWcag21AA(String email, String mustReach) {
        Page page = chromium.newPage();
        page.navigate(chromium.url(Town.MUSTERSTADT, "/anmelden"));
        PageAudit audit = PageAudit.attach(page);

        SignIn.signInAs(page, email, STAFF_PASSWORD);
        String landing = page.url();
        SiteCrawler.Result walk = new SiteCrawler(MAX_PAGES).crawl(page, audit, landing);

        log.info(
                "Staff walk from {} audited {} pages: {}", landing, walk.pages().size(), walk.pages());
        assertThat(walk.pages()).as("the area of " + email).contains(mustReach);
        assertThat(walk.serverErrors()).isEmpty();
        assertThat(walk.truncated())
                .as("walk finished within " + MAX_PAGES + " pages")
                .isFalse();
        PageAudit.assertNone(walk.findings());
    }
}
