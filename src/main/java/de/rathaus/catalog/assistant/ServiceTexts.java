package de.rathaus.catalog.assistant;

import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.model.TextBlocks;
import de.rathaus.catalog.store.CatalogJson;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the published services of the current town as the assistant compares them with a question. */
@Repository
class ServiceTexts {

    private final JdbcClient jdbc;
    private final CatalogJson json;

    ServiceTexts(JdbcClient jdbc, CatalogJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<ServiceText> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.id, s.slug, s.content::text,
                               array(select f.question from catalog.published_faq_service fs
                                       join catalog.published_faq f on f.tenant_id = fs.tenant_id and f.id = fs.faq_id
                                      where fs.tenant_id = s.tenant_id and fs.service_id = s.id) as faqs
                          from catalog.published_service s
                         where s.tenant_id = ? and s.id = any(?::uuid[])
                        """)
                .params(
                        tenant(),
                        "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}")
                .query(this::text)
                .list();
    }

    /** The services of a life situation of the current town, by the life situation's slug. */
    List<UUID> inLifeSituation(String slug) {
        return jdbc.sql("""
                        select l.service_id from catalog.published_service_life_situation l
                          join catalog.life_situation s on s.tenant_id = l.tenant_id and s.id = l.life_situation_id
                         where l.tenant_id = ? and s.slug = ?
                        """).params(tenant(), slug).query(UUID.class).list();
    }

    /** The services a published FAQ is about. */
    List<UUID> ofFaq(UUID faqId) {
        return jdbc.sql("select service_id from catalog.published_faq_service where tenant_id = ? and faq_id = ?")
                .params(tenant(), faqId)
                .query(UUID.class)
                .list();
    }

    /** The words the town's catalogue uses (folded), so that redaction does not take them for names. */
    java.util.Set<String> vocabulary() {
        java.util.Set<String> words = new java.util.HashSet<>();
        jdbc.sql("""
                        select name || ' ' || teaser || ' ' || coalesce(content->>'keywords', '') as text
                          from catalog.published_service where tenant_id = ?
                        union all
                        select question from catalog.published_faq where tenant_id = ?
                        union all
                        select name from catalog.life_situation where tenant_id = ?
                        """)
                .params(tenant(), tenant(), tenant())
                .query(String.class)
                .list()
                .forEach(text -> words.addAll(Words.all(text)));
        return words;
    }

    private ServiceText text(ResultSet rs, int row) throws SQLException {
        ServiceContent content = json.read(rs.getString("content"), ServiceContent.class);
        Array faqs = rs.getArray("faqs");
        String body = String.join(
                " ",
                TextBlocks.plain(content.description()),
                TextBlocks.plain(content.requirements()),
                String.join(" ", content.documents()),
                TextBlocks.plain(content.procedure()),
                TextBlocks.plain(content.notes()),
                TextBlocks.plain(content.deadlines()));
        return new ServiceText(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                content.name(),
                content.keywords(),
                content.teaser(),
                Arrays.asList((String[]) faqs.getArray()),
                body,
                content.lifeSituations());
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }
}
