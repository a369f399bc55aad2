package de.rathaus.catalog.store;

import de.rathaus.catalog.model.FaqContent;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.model.TextBlocks;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Office;
import de.rathaus.platform.tenancy.Offices;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps what citizens see in step with what editors publish: the published tables, their links
 * to life situations and FAQs, and the search rows.
 */
@Repository
class Publication {

    private final JdbcClient jdbc;
    private final Offices offices;
    private final LifeSituations lifeSituations;
    private final SearchDocuments search;
    private final CatalogJson json;

    Publication(
            JdbcClient jdbc, Offices offices, LifeSituations lifeSituations, SearchDocuments search, CatalogJson json) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.lifeSituations = lifeSituations;
        this.search = search;
        this.json = json;
    }

    void publish(UUID id, String slug, ServiceContent service) {
        UUID tenant = CurrentTenant.id().value();
        UUID office = service.office() == null
                ? null
                : offices.bySlug(service.office()).map(Office::id).orElse(null);
        jdbc.sql("""
                        insert into catalog.published_service (tenant_id, id, slug, name, teaser, office_id,
                                                               confidential, in_person, content, published_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())
                        on conflict (tenant_id, id) do update
                           set slug = excluded.slug, name = excluded.name, teaser = excluded.teaser,
                               office_id = excluded.office_id, confidential = excluded.confidential,
                               in_person = excluded.in_person, content = excluded.content, published_at = now()
                        """)
                .params(
                        tenant,
                        id,
                        slug,
                        service.name(),
                        service.teaser(),
                        office,
                        service.confidential(),
                        service.inPerson(),
                        json.write(service))
                .update();
        jdbc.sql("delete from catalog.published_service_life_situation where tenant_id = ? and service_id = ?")
                .params(tenant, id)
                .update();
        List<String> situationNames = new ArrayList<>();
        for (String situationSlug : service.lifeSituations()) {
            lifeSituations.bySlug(situationSlug).ifPresent(situation -> {
                situationNames.add(situation.name());
                jdbc.sql("""
                                insert into catalog.published_service_life_situation
                                       (tenant_id, service_id, life_situation_id) values (?, ?, ?)
                                on conflict do nothing
                                """).params(tenant, id, situation.id()).update();
            });
        }
        // FAQs published before this service name it by slug; link them now
        jdbc.sql("""
                        insert into catalog.published_faq_service (tenant_id, faq_id, service_id)
                        select tenant_id, id, ? from catalog.published_faq
                         where tenant_id = ? and content -> 'services' @> jsonb_build_array(?::text)
                        on conflict do nothing
                        """).params(id, tenant, slug).update();
        search.put(
                SearchDocuments.Kind.SERVICE,
                id,
                slug,
                service.name(),
                service.teaser(),
                String.join(" ", service.keywords()) + " " + String.join(" ", situationNames),
                serviceBody(service));
    }

    void publish(UUID id, String slug, FaqContent faq) {
        UUID tenant = CurrentTenant.id().value();
        jdbc.sql("""
                        insert into catalog.published_faq (tenant_id, id, slug, question, answer, content, published_at)
                        values (?, ?, ?, ?, ?, ?::jsonb, now())
                        on conflict (tenant_id, id) do update
                           set slug = excluded.slug, question = excluded.question, answer = excluded.answer,
                               content = excluded.content, published_at = now()
                        """)
                .params(tenant, id, slug, faq.question(), faq.answer(), json.write(faq))
                .update();
        jdbc.sql("delete from catalog.published_faq_service where tenant_id = ? and faq_id = ?")
                .params(tenant, id)
                .update();
        jdbc.sql("""
                        insert into catalog.published_faq_service (tenant_id, faq_id, service_id)
                        select tenant_id, ?, id from catalog.published_service
                         where tenant_id = ? and slug = any (?)
                        on conflict do nothing
                        """).params(id, tenant, faq.services().toArray(String[]::new)).update();
        search.put(
                SearchDocuments.Kind.FAQ,
                id,
                slug,
                faq.question(),
                TextBlocks.plain(faq.answer()),
                String.join(" ", faq.keywords()),
                "");
    }

    void withdraw(EntryKind kind, UUID id) {
        String table = kind == EntryKind.SERVICE ? "catalog.published_service" : "catalog.published_faq";
        jdbc.sql("delete from " + table + " where tenant_id = ? and id = ?")
                .params(CurrentTenant.id().value(), id)
                .update();
        search.remove(SearchDocuments.Kind.valueOf(kind.name()), id);
    }

    private static String serviceBody(ServiceContent service) {
        List<String> parts = new ArrayList<>();
        parts.add(TextBlocks.plain(service.description()));
        parts.add(TextBlocks.plain(service.requirements()));
        parts.add(String.join(" ", service.documents()));
        parts.add(TextBlocks.plain(service.procedure()));
        parts.add(TextBlocks.plain(service.notes()));
        if (service.externalAuthority() != null) {
            parts.add(service.externalAuthority().name());
        }
        parts.add(String.join(" ", service.leikaKeys()));
        return String.join(" ", parts).strip();
    }
}
