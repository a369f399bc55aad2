package de.rathaus.catalog.editing;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.TestTenants;
import de.rathaus.Visitor;
import de.rathaus.catalog.model.CatalogDocument;
import de.rathaus.catalog.store.Author;
import de.rathaus.catalog.store.CatalogImport;
import de.rathaus.catalog.store.CatalogJson;
import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.login.Base32;
import de.rathaus.identity.login.Totp;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * A throw-away town with the small test catalogue (three services, one FAQ, as drafts or
 * published) and a signed-in editor, so editing tests change nobody else's catalogue.
 */
final class EditingTown {

    final Tenant town;
    final String host;
    final Account editorAccount;
    final Visitor editor;

    private EditingTown(Tenant town, Account editorAccount, Visitor editor) {
        this.town = town;
        this.host = town.slug() + ".localhost";
        this.editorAccount = editorAccount;
        this.editor = editor;
    }

    static EditingTown create(ApplicationContext context, int port, boolean withCatalogue, boolean published) {
        Tenant town = TestTenants.fresh(context.getBean(Tenants.class));
        if (withCatalogue) {
            CatalogDocument small = small(context.getBean(CatalogJson.class));
            CatalogImport.Outcome outcome = CurrentTenant.runAs(
                    town, () -> context.getBean(CatalogImport.class).apply(small, published, Author.system("Test")));
            assertThat(outcome).isInstanceOf(CatalogImport.Outcome.Imported.class);
        }
        Account account = new TestAccounts(context).staff(town, new RoleGrant(Role.EDITOR, null));
        Visitor editor = signedIn(port, town.slug() + ".localhost", account.email());
        return new EditingTown(town, account, editor);
    }

    /** Signs in a staff member who has no second factor yet, setting one up on the way. */
    static Visitor signedIn(int port, String host, String email) {
        Visitor visitor = new Visitor(port, host).withHeader("X-Forwarded-For", "198.51.100.93");
        visitor.signIn(email, TestAccounts.PASSWORD);
        Matcher secret = Pattern.compile("secret=([A-Z2-7]+)")
                .matcher(visitor.get("/anmelden/zweiter-faktor").body());
        assertThat(secret.find()).isTrue();
        HttpResponse<String> done = visitor.post(
                "/anmelden/zweiter-faktor", Map.of("code", Totp.codeAt(Base32.decode(secret.group(1)), Instant.now())));
        assertThat(Visitor.location(done)).isEqualTo("/verwaltung");
        return visitor;
    }

    static CatalogDocument small(CatalogJson json) {
        try (InputStream in = new ClassPathResource("catalog/small-catalog.json").getInputStream()) {
            return json.document(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    <T> T in(java.util.function.Supplier<T> work) {
        return CurrentTenant.runAs(town, work);
    }
}
