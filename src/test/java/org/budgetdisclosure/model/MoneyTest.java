package org.budgetdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1,229.70|1229.70",
            "'1, 229. 70'|1229.70",
            "<b>1,229.70</b>|1229.70",
            "<b>1, 229. 70</b>|1229.70",
            "0.00|0.00",
            "963. 77|963.77",
            "64|64.00",
            "4.8|4.80",
            "１，２２９．７０|1229.70",
            "87.74万元|87.74",
            "-5.00|-5.00",
            "'  160.52  '|160.52"})
    void readsEveryPrintedFormOfTheSample(String printed, String expected) {
        Money m = Money.of(printed);
        assertThat(m.value()).isEqualTo(new BigDecimal(expected));
        assertThat(m.value().scale()).isEqualTo(2);
    }

    @Test
    void anEmptyCellIsNoAmountNotZero() {
        assertThat(Money.tryParse("")).isEmpty();
        assertThat(Money.tryParse("<b></b>")).isEmpty();
        assertThat(Money.tryParse(null)).isEmpty();
        assertThat(Money.isBlank(" <b> </b> ")).isTrue();
        assertThat(Money.tryParse("0.00")).contains(Money.ZERO);
    }

    @Test
    void refusesTextThatIsNotAnAmount() {
        assertThat(Money.tryParse("一般公共预算")).isEmpty();
        assertThat(Money.tryParse("1,22,9.70")).isEmpty();
        assertThat(Money.tryParse("12.345")).isEmpty();
        assertThat(Money.tryParse("1.2.3")).isEmpty();
        assertThatThrownBy(() -> Money.of("abc")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("abc");
    }

    @Test
    void neverHoldsMoreThanTwoDecimals() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.234"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of(new BigDecimal("1.200")).value()).isEqualTo(new BigDecimal("1.20"));
        assertThat(Money.rounded(new BigDecimal("1.235")).plain()).isEqualTo("1.24");
    }

    @Test
    void formatsWithGroupingAndPlain() {
        assertThat(Money.of("1229.7").formatted()).isEqualTo("1,229.70");
        assertThat(Money.of("1229.7").plain()).isEqualTo("1229.70");
        assertThat(Money.of("-1234567.8").formatted()).isEqualTo("-1,234,567.80");
    }

    @Test
    void formattedIsTheGroupedPlainForm() {
        qt().withExamples(5000).forAll(longs().all())
                .checkAssert(cents -> assertThat(Money.ofCents(cents).formatted())
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%,.2f", BigDecimal.valueOf(cents, 2))));
    }

    @Test
    void formattedTextParsesBackToTheSameAmount() {
        qt().withExamples(2000).forAll(longs().between(-99_999_999_999L, 99_999_999_999L))
                .check(cents -> {
                    Money m = Money.ofCents(cents);
                    return Money.of(m.formatted()).equals(m) && Money.of(m.plain()).equals(m);
                });
    }

    @Test
    void pdfSpacesInsideANumberDoNotChangeIt() {
        qt().withExamples(1000).forAll(longs().between(0, 9_999_999_999L), integers().between(0, 1000))
                .check((cents, seed) -> {
                    Money m = Money.ofCents(cents);
                    String printed = m.formatted();
                    // insert a space after every separator, as PDF conversion does (“1, 229. 70”)
                    String spaced = (seed % 2 == 0) ? printed.replace(",", ", ").replace(".", ". ") : " " + printed + " ";
                    return Money.of(spaced).equals(m);
                });
    }

    @Test
    void sumsAreOrderIndependentAndKeepScaleTwo() {
        qt().withExamples(500).forAll(lists().of(longs().between(-10_000_000L, 10_000_000L)).ofSizeBetween(0, 40))
                .check(cents -> {
                    List<Money> parts = new ArrayList<>(cents.stream().map(Money::ofCents).toList());
                    Money a = Money.sum(parts);
                    Collections.reverse(parts);
                    Money b = Money.sum(parts);
                    long exact = cents.stream().mapToLong(Long::longValue).sum();
                    return a.equals(b) && a.value().scale() == 2 && a.equals(Money.ofCents(exact));
                });
    }

    @Test
    void acceptsExactlyTheNumbersTheNumberPatternAccepts() {
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?|[-+]?\\.\\d{1,2}");
        String alphabet = "0123456789,.+-";
        java.util.Random r = new java.util.Random(3);
        List<String> samples = new ArrayList<>(List.of("", "1,229.70", "+.5", "-", "1,23", "1234,567", ",123", "1.", ".5", "0.00"));
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(10); n > 0; n--) {
                // digits more often than marks, so that long well-formed numbers occur too
                b.append(r.nextInt(3) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : (char) ('0' + r.nextInt(10)));
            }
            samples.add(b.toString());
        }
        samples.addAll(List.of("12345678901234567.89", "-9999999999999999.99", "99999999999999999", "-0.00", "+0.5"));
        for (String s : samples) {
            assertThat(Money.isNumber(s)).as(s).isEqualTo(number.matcher(s).matches());
            if (Money.isNumber(s)) {
                BigDecimal expected = new BigDecimal(s.replace(",", "")).setScale(2, java.math.RoundingMode.UNNECESSARY);
                assertThat(Money.of(s).value()).as(s).isEqualTo(expected);
            }
        }
    }

    /**
     * The usual “963.77” is read in one pass; over texts of digits, points, commas, signs, spaces and a tag,
     * long runs of digits included, every text must read as the number pattern and BigDecimal read it.
     */
    @Test
    void readsDigitsAndPointsAsTheNumberPatternDoes() {
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?|[-+]?\\.\\d{1,2}");
        String[] pieces = {"0", "7", "9", "12", "963", "99999999", "1234567890123456", ".", ".", ",", "-", "+", " ", "<b>", "a"};
        qt().withExamples(50_000).forAll(lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 6)).checkAssert(ix -> {
            StringBuilder b = new StringBuilder();
            ix.forEach(i -> b.append(pieces[i]));
            String s = b.toString();
            String bare = s.replace(" ", "").replace("<b>", "");
            Money m = Money.parseOrNull(s);
            if (!bare.contains("a") && number.matcher(bare).matches()) {
                assertThat(m).as(s).isNotNull();
                assertThat(m.value()).as(s).isEqualTo(new BigDecimal(bare.replace(",", "")).setScale(2, java.math.RoundingMode.UNNECESSARY));
            } else {
                assertThat(m).as(s).isNull();
            }
        });
    }
}
