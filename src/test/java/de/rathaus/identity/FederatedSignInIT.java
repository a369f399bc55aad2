package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.ExternalIdentities;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Citizens of Musterstadt sign in with the OpenID Connect provider "Test-ID" (a real
 * mock-oauth2-server); Musterdorf offers only "Landeskonto", which is down.
 */
@IntegrationTest
class FederatedSignInIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ExternalIdentities externalIdentities;

    TestAccounts testAccounts;
    Tenant musterstadt;

    @BeforeAll
    static void startProvider() {
        TestIdentityProvider.running();
    }

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(context);
        musterstadt = testAccounts.musterstadt();
    }

    @Test
    void theLoginPageOffersTheProvidersOfItsTownOnly() {
        String stadt = visitor("localhost").get("/anmelden").body();
        String dorf = visitor("musterdorf.localhost").get("/anmelden").body();

        assertThat(stadt)
                .contains("href=\"/oauth2/authorization/testid\"")
                .contains("Mit Test-ID anmelden")
                .doesNotContain("Landeskonto");
        assertThat(dorf).contains("href=\"/oauth2/authorization/landeskonto\"").doesNotContain("Test-ID");
    }

    @Test
    void theProviderIsAskedForACodeBoundToThisBrowserWithPkceAndANonce() {
        HttpResponse<String> start = visitor("localhost").get("/oauth2/authorization/testid");

        assertThat(start.statusCode()).isEqualTo(302);
        var query = UriComponentsBuilder.fromUriString(
                        start.headers().firstValue("Location").orElseThrow())
                .build()
                .getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("rathaus");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).isNotBlank();
        assertThat(query.getFirst("nonce")).isNotBlank();
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(query.getFirst("scope")).contains("openid").contains("email");
        assertThat(query.getFirst("redirect_uri")).endsWith("/login/oauth2/code/testid");
    }

    @Test
    void theFirstSignInCreatesACitizenAccountAndTheNextOneFindsIt() {
        String email = TestAccounts.freshEmail("test-id");
        String subject = "sub-" + UUID.randomUUID();
        Visitor browser = visitor("localhost");

        TestIdentityProvider.nextPerson(subject, person(email, true, "Ida Idp"));
        HttpResponse<String> signedIn = signInAtProvider(browser);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(signedIn)).isEqualTo("/konto");
        HttpResponse<String> page = browser.get("/konto");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ida Idp").contains(email);
        Account account = inMusterstadt(() -> accounts.byEmail(email)).orElseThrow();
        assertThat(account.kind()).isEqualTo(AccountKind.CITIZEN);
        assertThat(account.passwordHash()).isNull();
        assertThat(inMusterstadt(() -> externalIdentities.accountOf("testid", subject)))
                .contains(account.id());
        assertThat(lastAudit(account, "login.succeeded")).containsEntry("trustLevel", "BASIC");

        Visitor later = visitor("localhost");
        TestIdentityProvider.nextPerson(subject, person(email, true, "Ida Idp"));
        signInAtProvider(later);

        assertThat(later.get("/konto").body()).contains(email);
        assertThat(jdbc.sql("select count(*) from identity.account where tenant_id = ? and email_key = ?")
                        .params(musterstadt.id().value(), email.toLowerCase())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theProvidersLevelOfAssuranceBecomesTheTrustLevelOfTheSession() {
        String email = TestAccounts.freshEmail("eid");
        Map<String, Object> claims = person(email, true, "Erika Eid");
        claims.put("acr", "urn:test:loa:high");
        Visitor browser = visitor("localhost");

        TestIdentityProvider.nextPerson("sub-" + UUID.randomUUID(), claims);
        signInAtProvider(browser);

        Account account = inMusterstadt(() -> accounts.byEmail(email)).orElseThrow();
        assertThat(lastAudit(account, "login.succeeded")).containsEntry("trustLevel", "HIGH");
        assertThat(lastAudit(account, "login.federated")).containsEntry("provider", "testid");
    }

    @Test
    void aVerifiedAddressLeadsIntoTheCitizensExistingAccount() {
        Account citizen = testAccounts.citizen(musterstadt);
        Visitor browser = visitor("localhost");

        TestIdentityProvider.nextPerson("sub-" + UUID.randomUUID(), person(citizen.email(), true, "Anders Genannt"));
        HttpResponse<String> signedIn = signInAtProvider(browser);

        assertThat(Visitor.location(signedIn)).isEqualTo("/konto");
        assertThat(browser.get("/konto").body()).contains(citizen.email());
        assertThat(lastAudit(citizen, "account.external-identity-linked")).containsEntry("provider", "testid");
    }

    @Test
    void anAddressTheProviderDidNotCheckOpensNoAccount() {
        Account citizen = testAccounts.citizen(musterstadt);
        Visitor browser = visitor("localhost");

        TestIdentityProvider.nextPerson("sub-" + UUID.randomUUID(), person(citizen.email(), false, "Mallory"));
        HttpResponse<String> refused = signInAtProvider(browser);

        assertThat(Visitor.location(refused)).isEqualTo("/anmelden/extern?anbieter=testid&grund=ohne-adresse");
        HttpResponse<String> page = browser.get(Visitor.location(refused));
        assertThat(page.body())
                .contains("Anmeldung mit Test-ID nicht möglich")
                .contains("keine bestätigte E-Mail-Adresse");
        assertThat(browser.get("/konto").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from identity.external_identity where tenant_id = ? and account_id = ?")
                        .params(musterstadt.id().value(), citizen.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaffAddressNeverSignsInThroughACitizenProvider() {
        Account staff = testAccounts.staff(musterstadt, new RoleGrant(Role.EDITOR, null));
        Visitor browser = visitor("localhost");

        TestIdentityProvider.nextPerson("sub-" + UUID.randomUUID(), person(staff.email(), true, "Staff"));
        HttpResponse<String> refused = signInAtProvider(browser);

        assertThat(Visitor.location(refused)).isEqualTo("/anmelden/extern?anbieter=testid&grund=nicht-moeglich");
        assertThat(browser.get("/verwaltung").statusCode()).isEqualTo(302);
        assertThat(browser.get(Visitor.location(refused)).body())
                .contains("Mit diesem Zugang können Sie sich hier nicht anmelden")
                .as("no button to try the same again")
                .doesNotContain("Noch einmal mit Test-ID anmelden");
    }

    @Test
    void cancellingAtTheProviderSaysSoAndOffersToTryAgain() {
        Visitor browser = visitor("localhost");
        HttpResponse<String> start = browser.get("/oauth2/authorization/testid");
        String state = UriComponentsBuilder.fromUriString(
                        start.headers().firstValue("Location").orElseThrow())
                .build()
                .getQueryParams()
                .getFirst("state");

        HttpResponse<String> back = browser.get("/login/oauth2/code/testid?error=access_denied&state=" + state);

        assertThat(Visitor.location(back)).isEqualTo("/anmelden/extern?anbieter=testid&grund=abgebrochen");
        HttpResponse<String> page = browser.get(Visitor.location(back));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Die Anmeldung wurde abgebrochen")
                .contains("Noch einmal mit Test-ID anmelden");
        assertThat(jdbc.sql("""
                                select details->>'reason' from platform.audit_entry
                                 where tenant_id = ? and action = 'login.federated.failed' and object_id = 'testid'
                                 order by seq desc limit 1
                                """)
                        .param(musterstadt.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("access_denied");
    }

    @Test
    void anAnswerForASignInThisBrowserNeverStartedIsRefused() {
        HttpResponse<String> back = visitor("localhost").get("/login/oauth2/code/testid?code=gestohlen&state=erfunden");

        assertThat(Visitor.location(back)).isEqualTo("/anmelden/extern?anbieter=testid&grund=abgelaufen");
    }

    @Test
    void aProviderOfAnotherTownIsNotFoundAndOneThatIsDownSaysSo() {
        Visitor dorf = visitor("musterdorf.localhost");

        assertThat(dorf.get("/oauth2/authorization/testid").statusCode()).isEqualTo(404);
        HttpResponse<String> down = dorf.get("/oauth2/authorization/landeskonto");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("Landeskonto ist gerade nicht erreichbar");
    }

    @Test
    void aSessionFromAProviderSignInCountsOnlyInItsTown() {
        Visitor browser = visitor("localhost");
        TestIdentityProvider.nextPerson(
                "sub-" + UUID.randomUUID(), person(TestAccounts.freshEmail("ort"), true, "Ort Treu"));
        signInAtProvider(browser);
        assertThat(browser.get("/konto").statusCode()).isEqualTo(200);

        assertThat(browser.on("musterdorf.localhost", port).get("/konto").statusCode())
                .isEqualTo(302);
    }

    private HttpResponse<String> signInAtProvider(Visitor browser) {
        HttpResponse<String> start = browser.get("/oauth2/authorization/testid");
        assertThat(start.statusCode()).isEqualTo(302);
        String authorization = start.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(authorization).getPort()).isEqualTo(de.rathaus.TestServers.OIDC_PORT);
        return browser.get(TestIdentityProvider.visit(authorization));
    }

    private Visitor visitor(String host) {
        return new Visitor(port, host).withHeader("X-Forwarded-For", "203.0.113." + (1 + (int) (Math.random() * 250)));
    }

    private static Map<String, Object> person(String email, boolean verified, String name) {
        var claims = new HashMap<String, Object>();
        claims.put("email", email);
        claims.put("email_verified", verified);
        claims.put("name", name);
        return claims;
    }

    private <T> T inMusterstadt(java.util.function.Supplier<T> work) {
        return CurrentTenant.runAs(musterstadt, work);
    }

    private Map<String, String> lastAudit(Account account, String action) {
        Optional<String> details = jdbc.sql("""
                        select details::text from platform.audit_entry
                         where tenant_id = ? and object_id = ? and action = ?
                         order by seq desc limit 1
                        """)
                .params(musterstadt.id().value(), account.pseudonym().toString(), action)
                .query(String.class)
                .optional();
        assertThat(details).as("audit entry " + action).isPresent();
        return new tools.jackson.databind.json.JsonMapper()
                .readValue(details.get(), new tools.jackson.core.type.TypeReference<Map<String, String>>() {});
    }
}
