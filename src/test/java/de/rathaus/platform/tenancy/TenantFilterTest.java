package de.rathaus.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TenantFilterTest {

    /** Answers host lookups from a script instead of the database: the filter's caching is the point here. */
    static class ScriptedTenants extends Tenants {
        final Deque<Optional<Tenant>> answers = new ArrayDeque<>();
        int lookups;

        ScriptedTenants() {
            super(null);
        }

        @Override
        public Optional<Tenant> forHost(String host) {
            lookups++;
            return answers.isEmpty() ? Optional.empty() : answers.pop();
        }
    }

    static final Tenant TOWN =
            new Tenant(new TenantId(UUID.randomUUID()), "musterstadt", "Musterstadt", "#005ea5", true, "", "", "", "");

    @Test
    void aTownCreatedAfterTheFirstRequestIsServedAtOnce() throws Exception {
        var tenants = new ScriptedTenants();
        tenants.answers.add(Optional.empty());
        tenants.answers.add(Optional.of(TOWN));
        var filter = new TenantFilter(tenants);

        assertThat(request(filter).getStatus()).isEqualTo(503);
        assertThat(request(filter).getStatus()).isEqualTo(200);
    }

    @Test
    void aFoundTownIsLookedUpOnceForManyRequests() throws Exception {
        var tenants = new ScriptedTenants();
        tenants.answers.add(Optional.of(TOWN));
        var filter = new TenantFilter(tenants);

        for (int i = 0; i < 5; i++) {
            assertThat(request(filter).getStatus()).isEqualTo(200);
        }
        assertThat(tenants.lookups).isEqualTo(1);
    }

    private static MockHttpServletResponse request(TenantFilter filter) throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        request.setServerName("localhost");
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
