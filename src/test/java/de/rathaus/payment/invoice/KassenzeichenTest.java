package de.rathaus.payment.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KassenzeichenTest {

    @Test
    void aKassenzeichenIsTheYearTheRunningNumberAndALuhnCheckDigit() {
        assertThat(Kassenzeichen.of(2026, 1)).isEqualTo("202600000014");
        assertThat(Kassenzeichen.of(2026, 123)).isEqualTo("202600001236");
        assertThat(Kassenzeichen.of(2027, 9_999_999)).startsWith("20279999999").hasSize(12);
    }

    @Test
    void theCheckDigitCatchesAMistypedDigitOrSwappedNeighbours() {
        String right = Kassenzeichen.of(2026, 4711);
        assertThat(Kassenzeichen.isValid(right)).isTrue();
        assertThat(Kassenzeichen.isValid(right.substring(0, 7) + "8" + right.substring(8)))
                .isFalse();
        assertThat(Kassenzeichen.isValid("202600000041")).isFalse();
        assertThat(Kassenzeichen.isValid("20260000001")).isFalse();
    }

    @Test
    void numbersOutsideTheFormatAreRefused() {
        assertThatThrownBy(() -> Kassenzeichen.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kassenzeichen.of(2026, 10_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
