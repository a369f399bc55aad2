package de.rathaus.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The tenant the current unit of work runs for: set per request by the tenant filter and per job
 * or event by {@link #runAs}. Every query that touches tenant data reads it from here.
 */
public final class CurrentTenant {

    private static final ThreadLocal<@Nullable Tenant> CURRENT = new ThreadLocal<>();

    private CurrentTenant() {}

    /** The current tenant; fails loudly where code runs outside any tenant. */
    public static Tenant get() {
        Tenant tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("No tenant is set for this unit of work");
        }
        return tenant;
    }

    public static TenantId id() {
        return get().id();
    }

    public static Optional<Tenant> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs work for the given tenant (jobs, event listeners, seeding) and restores the previous one. */
    public static <T> T runAs(Tenant tenant, Supplier<T> work) {
        Tenant previous = enter(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(Tenant tenant, Runnable work) {
        runAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Sets the tenant and returns the one it replaces, for {@link #restore}. */
    static @Nullable Tenant enter(Tenant tenant) {
        Tenant previous = CURRENT.get();
        CURRENT.set(tenant);
        return previous;
    }

    static void restore(@Nullable Tenant previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
