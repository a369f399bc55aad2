package de.rathaus.catalog.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

    /** Words of the catalogue, folded as Words#fold does. */
    static final Set<String> CATALOGUE = Set.of(
            "hund",
            "hundesteuer",
            "personalausweis",
            "reisepass",
            "sportschuetze",
            "wohnsitz",
            "rentner",
            "bauamt",
            "musterstadt",
            "fuehrerschein",
            "geburtsurkunde");

    static String redact(String text) {
        return Redaction.redact(text, CATALOGUE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Schreiben Sie an max.mustermann@example.org bitte | Schreiben Sie an [E-Mail] bitte",
                "meine mail: a_b-c+d@sub.domain.de | meine mail: [E-Mail]",
                "Meine IBAN ist DE89 3704 0044 0532 0130 00 | Meine IBAN ist [IBAN]",
                "IBAN DE89370400440532013000 für die Hundesteuer | IBAN [IBAN] für die Hundesteuer",
                "Rufen Sie mich an: 0171 1234567 | Rufen Sie mich an: [Telefon]",
                "Tel. +49 (89) 123 456-78 oder so | Tel. [Telefon] oder so",
                "tel 08231/960-100 | tel [Telefon]",
                "Ich bin am 12.03.1985 geboren | Ich bin am [Datum] geboren",
                "geboren 1985-03-12 in Musterstadt | geboren [Datum] in Musterstadt",
                "Geburtstag: 3. März 1990 | Geburtstag: [Datum]",
                "am 1.2.90 war das | am [Datum] war das",
            })
    void removesContactDetailsDatesAndIbans(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ich heiße Erika Mustermann und will einen Hund anmelden | Ich heiße [Name] und will einen Hund anmelden",
                "ich heiße erika und brauche einen Reisepass | ich heiße [Name] und brauche einen Reisepass",
                "Mein Name ist Özlem Yılmaz. | Mein Name ist [Name].",
                "Ich bin Jonas und brauche einen Personalausweis | Ich bin [Name] und brauche einen Personalausweis",
                "Frau Schmidt hat mir gesagt, ich soll fragen | Frau [Name] hat mir gesagt, ich soll fragen",
                "Mein Nachbar Karl-Heinz Berger ist laut | Mein Nachbar [Name] ist laut",
                "Bitte an Herrn Dr. Weber | Bitte an Herrn Dr. [Name]",
            })
    void removesNames(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @Test
    void keepsTheCatalogueWordsAndTheQuestion() {
        assertThat(redact("Ich bin Sportschütze und will eine Waffe kaufen"))
                .isEqualTo("Ich bin Sportschütze und will eine Waffe kaufen");
        assertThat(redact("Ich bin Rentner, was kostet ein Reisepass?"))
                .isEqualTo("Ich bin Rentner, was kostet ein Reisepass?");
        assertThat(redact("Wie viel kostet ein Führerschein 2026?"))
                .isEqualTo("Wie viel kostet ein Führerschein 2026?");
        assertThat(redact("Die Postleitzahl 86150 Musterstadt")).isEqualTo("Die Postleitzahl 86150 Musterstadt");
    }

    @Test
    void removesEverythingInOneText() {
        String text = "Hallo, ich heiße Max Mustermann, geboren am 01.02.1980, erreichbar unter 0151 23456789 "
                + "oder max@example.org, IBAN DE89 3704 0044 0532 0130 00. Wo melde ich meinen Hund an?";

        String redacted = redact(text);

        assertThat(redacted)
                .doesNotContain("Max")
                .doesNotContain("Mustermann")
                .doesNotContain("1980")
                .doesNotContain("23456789")
                .doesNotContain("max@example.org")
                .doesNotContain("DE89")
                .contains("Wo melde ich meinen Hund an?");
    }
}
