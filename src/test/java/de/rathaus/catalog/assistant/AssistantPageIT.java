package de.rathaus.catalog.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The conversation page without JavaScript: form posts, follow-ups, honest not-knowing, bad input. */
@IntegrationTest
class AssistantPageIT {

    private static final Pattern CARRIED = Pattern.compile("name=\"verlauf\" value=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersWithTheServiceItsFactsTheOfficeAndKeepsTheConversationWithoutASession() {
        var visitor = new Visitor(port, "localhost");
        var page = visitor.get("/assistent");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Frag die Stadt").contains("aria-live=\"polite\"");

        var first = visitor.post(
                "/assistent", Map.of("frage", "Hund anmelden, was kostet die Hundesteuer?", "verlauf", ""));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("Hund anmelden (Hundesteuer)")
                .contains("href=\"/leistungen/hund-anmelden\"")
                .contains("Das kostet es:")
                .contains("Zuständig:");

        var second = visitor.post(
                "/assistent", Map.of("frage", "Ich brauche ein Führungszeugnis", "verlauf", carried(first)));

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body())
                .contains("Hund anmelden, was kostet die Hundesteuer?")
                .contains("Ich brauche ein Führungszeugnis")
                .contains("href=\"/leistungen/fuehrungszeugnis-beantragen\"");
        assertThat(visitor.cookie("SESSION")).isEmpty();
    }

    @Test
    void aServiceOfAnAuthorityOutsideTheTownLeadsThere() {
        var answer = ask("localhost", "Muss ich meinen alten rosa Führerschein umtauschen?");

        assertThat(answer.body())
                .contains("Landratsamt Musterkreis")
                .contains("href=\"https://www.landratsamt-musterkreis.example/fuehrerschein\"");
    }

    @Test
    void aGeneralQuestionGetsAFollowUpWhoseChoiceIsAnswered() {
        var visitor = new Visitor(port, "localhost");
        visitor.get("/assistent");
        var followUp = visitor.post("/assistent", Map.of("frage", "Ich ziehe um", "verlauf", ""));

        assertThat(followUp.body())
                .contains("Ihre Frage passt zu mehreren Leistungen")
                .contains("name=\"wahl\"")
                .contains("value=\"leistung:wohnsitz-anmelden\"");

        var chosen = visitor.post(
                "/assistent",
                Map.of("frage", "Ich ziehe um", "wahl", "leistung:wohnsitz-anmelden", "verlauf", carried(followUp)));

        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(chosen.body())
                .contains("Dafür ist diese Leistung da: Wohnsitz anmelden")
                .contains("Wohnungsgeberbestätigung");
    }

    @Test
    void saysHonestlyWhenItDoesNotKnowAndOffersTheContactRoute() {
        var answer = ask("localhost", "Wie wird das Wetter morgen?");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("leider nichts Passendes")
                .contains("href=\"/leistungen\"")
                .doesNotContain("Passende Leistungen");
    }

    @Test
    void badInputGivesANormalPageOrAFieldMessageAndIsNeverReflectedUnescaped() {
        var empty = ask("localhost", "   ");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body())
                .contains("Es gibt ein Problem")
                .contains("href=\"#frage\"")
                .contains("Geben Sie Ihre Frage ein.");

        var tooLong = ask("localhost", "Hund ".repeat(2000));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Ihre Frage ist zu lang");

        var script = ask("localhost", "<script>alert('x')</script> Hund anmelden");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("<script>alert(").contains("&lt;script&gt;");

        long services = jdbc.sql("select count(*) from catalog.published_service")
                .query(Long.class)
                .single();
        var injection = ask("localhost", "'; drop table catalog.published_service; -- Reisepass");
        assertThat(injection.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from catalog.published_service")
                        .query(Long.class)
                        .single())
                .isEqualTo(services);

        var emoji = ask("localhost", "🐶🐕 ✨");
        assertThat(emoji.statusCode()).isEqualTo(200);
        assertThat(emoji.body()).contains("🐶🐕 ✨");

        var forged = new Visitor(port, "localhost");
        forged.get("/assistent");
        var history = forged.post(
                "/assistent",
                Map.of("frage", "Reisepass", "verlauf", "lebenslage:<b>x</b>\t<img src=x onerror=alert(1)>\n\t\t\n"));
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).doesNotContain("<img src=x").doesNotContain("<b>x</b>");
    }

    @Test
    void theScriptGetsJustTheNewExchangeAndTheTurnsToCarry() {
        var visitor = new Visitor(port, "localhost").withHeader("X-Requested-With", "fetch");
        visitor.get("/assistent");
        var fragment = visitor.post("/assistent", Map.of("frage", "reisepass beantragen", "verlauf", ""));

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body())
                .doesNotContain("<html")
                .contains("class=\"rh-exchange\"")
                .contains("data-carried")
                .contains("reisepass beantragen");
    }

    @Test
    void anotherTownAnswersFromItsOwnCatalogueOnly() {
        // Musterdorf publishes no Anwohnerparkausweis; Musterstadt does.
        var musterstadt = ask("localhost", "Anwohnerparkausweis beantragen");
        var musterdorf = ask("musterdorf.localhost", "Anwohnerparkausweis beantragen");

        assertThat(musterstadt.body()).contains("href=\"/leistungen/bewohnerparkausweis\"");
        assertThat(musterdorf.statusCode()).isEqualTo(200);
        assertThat(musterdorf.body()).doesNotContain("bewohnerparkausweis").doesNotContain("Musterstadt");
    }

    private HttpResponse<String> ask(String host, String question) {
        var visitor = new Visitor(port, host);
        visitor.get("/assistent");
        var fields = new LinkedHashMap<String, String>();
        fields.put("frage", question);
        fields.put("verlauf", "");
        return visitor.post("/assistent", fields);
    }

    private static String carried(HttpResponse<String> page) {
        Matcher matcher = CARRIED.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1)
                .replace("&#9;", "\t")
                .replace("&#10;", "\n")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
