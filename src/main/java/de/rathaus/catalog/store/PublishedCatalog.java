package de.rathaus.catalog.store;

import de.rathaus.catalog.ServiceId;
import de.rathaus.catalog.ServiceSummary;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What citizens see of the catalogue: only published services and FAQs of the current town. */
@Repository
public class PublishedCatalog {

    private final JdbcClient jdbc;
    private final CatalogJson json;

    PublishedCatalog(JdbcClient jdbc, CatalogJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** All published services, A to Z. */
    public List<ServiceCard> services() {
        return jdbc.sql("""
                        select id, slug, name, teaser from catalog.published_service
                         where tenant_id = ? order by name collate "de-x-icu"
                        """).param(tenant()).query(PublishedCatalog::card).list();
    }

    public List<ServiceCard> servicesIn(UUID lifeSituationId) {
        return jdbc.sql("""
                        select s.id, s.slug, s.name, s.teaser from catalog.published_service s
                          join catalog.published_service_life_situation l
                            on l.tenant_id = s.tenant_id and l.service_id = s.id
                         where s.tenant_id = ? and l.life_situation_id = ? order by s.name collate "de-x-icu"
                        """)
                .params(tenant(), lifeSituationId)
                .query(PublishedCatalog::card)
                .list();
    }

    public List<ServiceCard> servicesOfOffice(UUID officeId) {
        return jdbc.sql("""
                        select id, slug, name, teaser from catalog.published_service
                         where tenant_id = ? and office_id = ? order by name collate "de-x-icu"
                        """)
                .params(tenant(), officeId)
                .query(PublishedCatalog::card)
                .list();
    }

    public Optional<PublishedService> service(String slug) {
        return jdbc.sql("""
                        select id, slug, content::text, office_id, published_at from catalog.published_service
                         where tenant_id = ? and slug = ?
                        """).params(tenant(), slug).query(this::published).optional();
    }

    public Optional<PublishedService> service(UUID id) {
        return jdbc.sql("""
                        select id, slug, content::text, office_id, published_at from catalog.published_service
                         where tenant_id = ? and id = ?
                        """).params(tenant(), id).query(this::published).optional();
    }

    public List<PublishedFaq> faqs() {
        return jdbc.sql("""
                        select id, slug, question, answer from catalog.published_faq
                         where tenant_id = ? order by question collate "de-x-icu"
                        """).param(tenant()).query(PublishedCatalog::faq).list();
    }

    public List<PublishedFaq> faqsFor(UUID serviceId) {
        return jdbc.sql("""
                        select f.id, f.slug, f.question, f.answer from catalog.published_faq f
                          join catalog.published_faq_service fs on fs.tenant_id = f.tenant_id and fs.faq_id = f.id
                         where f.tenant_id = ? and fs.service_id = ? order by f.question collate "de-x-icu"
                        """)
                .params(tenant(), serviceId)
                .query(PublishedCatalog::faq)
                .list();
    }

    public Optional<ServiceSummary> summary(UUID id) {
        return jdbc.sql("""
                        select id, slug, name, teaser, office_id, confidential, in_person from catalog.published_service
                         where tenant_id = ? and id = ?
                        """)
                .params(tenant(), id)
                .query(PublishedCatalog::summary)
                .optional();
    }

    public List<ServiceSummary> summaries() {
        return jdbc.sql("""
                        select id, slug, name, teaser, office_id, confidential, in_person from catalog.published_service
                         where tenant_id = ? order by name collate "de-x-icu"
                        """).param(tenant()).query(PublishedCatalog::summary).list();
    }

    private PublishedService published(ResultSet rs, int row) throws SQLException {
        return new PublishedService(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                json.read(rs.getString("content"), ServiceContent.class),
                rs.getObject("office_id", UUID.class),
                rs.getTimestamp("published_at").toInstant());
    }

    private static ServiceCard card(ResultSet rs, int row) throws SQLException {
        return new ServiceCard(
                rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), rs.getString("teaser"));
    }

    private static PublishedFaq faq(ResultSet rs, int row) throws SQLException {
        return new PublishedFaq(
                rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("question"), rs.getString("answer"));
    }

    private static ServiceSummary summary(ResultSet rs, int row) throws SQLException {
        return new ServiceSummary(
                new ServiceId(rs.getObject("id", UUID.class)),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("teaser"),
                rs.getObject("office_id", UUID.class),
                rs.getBoolean("confidential"),
                rs.getBoolean("in_person"));
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }
}
