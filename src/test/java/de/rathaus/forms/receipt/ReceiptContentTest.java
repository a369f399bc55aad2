package de.rathaus.forms.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.forms.receipt.ReceiptContent.Attachment;
import de.rathaus.forms.receipt.ReceiptContent.Group;
import de.rathaus.forms.receipt.ReceiptContent.Row;
import de.rathaus.forms.receipt.ReceiptContent.Section;
import de.rathaus.forms.receipt.ReceiptContent.Table;
import de.rathaus.forms.submission.PaymentState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ReceiptContentTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("i18n/forms-submission");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void writesEveryAnswerAsTheCitizenReadsItGroupedByPage() {
        ReceiptContent receipt = content(new PaymentState.NoFee());

        assertThat(receipt.reference()).isEqualTo("2026-0042-1337-5");
        assertThat(receipt.formTitle()).isEqualTo("Straßenfest anmelden (Test)");
        assertThat(receipt.formVersion()).isEqualTo(3);
        assertThat(receipt.submittedAt()).isEqualTo("23.11.2026, 14:05 Uhr");
        assertThat(receipt.sections())
                .extracting(Section::title)
                .containsExactly("Ihre Angaben", "Auswahl", "Anschrift, Datei und Stände");

        assertThat(rows(receipt.sections().get(0)))
                .containsExactly(
                        new Row("Name", List.of("Jürgen Größe")),
                        new Row("Beschreibung", List.of("Ein Fest für die Nachbarschaft.", "Mit Kuchen.")),
                        new Row("Erwartete Gäste", List.of("1.250")),
                        new Row("Kaution", List.of("150,50\u00a0€")),
                        new Row("Tag des Festes", List.of("23.11.2026")),
                        new Row("E-Mail-Adresse", List.of("juergen@example.org")),
                        new Row("Telefon", List.of("0821 123456")),
                        new Row("IBAN für die Rückzahlung", List.of("DE89 3704 0044 0532 0130 00")));
        assertThat(rows(receipt.sections().get(1)))
                .containsExactly(
                        new Row("Ort", List.of("Marktplatz")),
                        new Row("Größe", List.of("Klein (bis 100 Gäste)")),
                        new Row("Was Sie brauchen", List.of("Stromanschluss", "Bühne")),
                        new Row("Gibt es Musik?", List.of("Ja")),
                        new Row("Nach 22 Uhr?", List.of("Nein")));
    }

    @Test
    void numbersGroupEntriesAndKeepTheOrderAroundTheGroup() {
        Section last = content(new PaymentState.NoFee()).sections().get(2);

        assertThat(last.blocks()).hasSize(3);
        assertThat(last.blocks().get(0))
                .isEqualTo(new Table(List.of(
                        new Row(
                                "Anschrift des Veranstalters",
                                List.of("Äußere Weißenburger Straße 5", "86150 Musterstadt")),
                        new Row("Lageplan", List.of("lageplan.pdf")))));
        Group stands = (Group) last.blocks().get(1);
        assertThat(stands.label()).isEqualTo("Stände");
        assertThat(stands.entries()).hasSize(2);
        assertThat(stands.entries().get(0).number()).isEqualTo(1);
        assertThat(stands.entries().get(0).rows())
                .containsExactly(
                        new Row("Art des Standes", List.of("Kuchenstand")), new Row("Fläche in m²", List.of("12,5")));
        assertThat(stands.entries().get(1).number()).isEqualTo(2);
        assertThat(stands.entries().get(1).rows())
                .containsExactly(
                        new Row("Art des Standes", List.of("Flohmarkt")),
                        new Row("Fläche in m²", List.of("20")),
                        new Row("Foto", List.of("flohmarkt.jpg")));
        assertThat(last.blocks().get(2))
                .isEqualTo(new Table(List.of(new Row("Hinweis nach den Ständen", List.of("Bitte absperren.")))));
    }

    @Test
    void listsEveryAttachmentAlsoFromGroups() {
        assertThat(content(new PaymentState.NoFee()).attachments())
                .containsExactly(
                        new Attachment("lageplan.pdf", "1,2\u00a0MB", "PDF"),
                        new Attachment("flohmarkt.jpg", "20\u00a0KB", "JPEG"));
    }

    @Test
    void saysHowTheFeeStands() {
        assertThat(content(new PaymentState.NoFee()).fee()).isEqualTo(new ReceiptContent.Fee("free", null, null, null));
        assertThat(content(new PaymentState.Paid(new BigDecimal("37.00"), UUID.randomUUID(), "testkasse"))
                        .fee())
                .isEqualTo(new ReceiptContent.Fee("paid", "37,00\u00a0€", "Testkasse (Name)", null));
        assertThat(content(new PaymentState.Invoiced(new BigDecimal("37"), UUID.randomUUID(), "KZ-2026-000017"))
                        .fee())
                .isEqualTo(new ReceiptContent.Fee("invoiced", "37,00\u00a0€", null, "KZ-2026-000017"));
    }

    @Test
    void carriesTheDeclarationAndWhatHappensNext() {
        ReceiptContent receipt = content(new PaymentState.NoFee());

        assertThat(receipt.declaration()).isEqualTo("Ich versichere, dass meine Angaben richtig und vollständig sind.");
        assertThat(receipt.whatHappensNext()).startsWith("Das Ordnungsamt prüft Ihre Anmeldung.");
    }

    private static ReceiptContent content(PaymentState payment) {
        return ReceiptContent.of(
                ReceiptSamples.everyField(payment), MESSAGES, Locale.GERMAN, provider -> "Testkasse (Name)");
    }

    private static List<Row> rows(Section section) {
        assertThat(section.blocks()).singleElement().isInstanceOf(Table.class);
        return ((Table) section.blocks().getFirst()).rows();
    }
}
