package org.budgetdisclosure.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;

/** {@link Places#appendFormatted} writes what {@link Money#formatted()} gives, and sum texts read as before. */
class PlacesTest {

    @Test
    void appendsWhatMoneyFormats() {
        qt().withExamples(5000).forAll(longs().between(-99_999_999_999_999_999L, 99_999_999_999_999_999L), integers().between(0, 18))
                .checkAssert((cents, digits) -> {
                    long shortened = digits == 18 ? cents : cents % (long) Math.pow(10, digits); // small figures as often as large
                    Money m = Money.ofCents(shortened);
                    assertThat(Places.appendFormatted(new StringBuilder("x"), m).toString()).isEqualTo("x" + m.formatted());
                });
        Money huge = Money.of(new BigDecimal("-123456789012345678901.25"));
        assertThat(Places.appendFormatted(new StringBuilder(), huge).toString()).isEqualTo(huge.formatted());
        for (String s : new String[] {"0.00", "0.05", "-0.05", "999.99", "1000.00", "-1000.00", "1229.70", "1000000.01"}) {
            assertThat(Places.appendFormatted(new StringBuilder(), Money.of(s)).toString()).isEqualTo(Money.of(s).formatted());
        }
    }

    @Test
    void formattedLengthIsTheLengthMoneyFormats() {
        qt().withExamples(5000).forAll(longs().between(-99_999_999_999_999_999L, 99_999_999_999_999_999L), integers().between(0, 18))
                .checkAssert((cents, digits) -> {
                    long shortened = digits == 18 ? cents : cents % (long) Math.pow(10, digits);
                    Money m = Money.ofCents(shortened);
                    assertThat(Places.formattedLength(m)).isEqualTo(m.formatted().length());
                });
        Money huge = Money.of(new BigDecimal("-123456789012345678901.25"));
        assertThat(Places.formattedLength(huge)).isEqualTo(huge.formatted().length());
        for (String s : new String[] {"0.00", "-0.05", "999.99", "1000.00", "-1000.00", "999999.99", "1000000.01"}) {
            assertThat(Places.formattedLength(Money.of(s))).isEqualTo(Money.of(s).formatted().length());
        }
    }

    @Test
    void sumTextNamesEachPartAndCountsTheRest() {
        assertThat(Places.sumText(List.of("行政运行", "事业运行"), List.of(Money.of("610.96"), Money.of("1192.29"))))
                .isEqualTo("行政运行 610.96 + 事业运行 1,192.29");
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g");
        List<Money> amounts = names.stream().map(n -> Money.of("1.00")).toList();
        assertThat(Places.sumText(names, amounts)).isEqualTo("a 1.00 + b 1.00 + c 1.00 + d 1.00 + e 1.00 + f 1.00 + …（共 7 项）");
        assertThat(Places.sumText(List.of(), List.of())).isEmpty();
        List<String> many = java.util.stream.IntStream.range(0, 123).mapToObj(i -> "项目" + i).toList();
        assertThat(Places.sumText(many, many.stream().map(n -> Money.of("-1234.5")).toList()))
                .startsWith("项目0 -1,234.50 + 项目1 -1,234.50 + ").endsWith(" + 项目5 -1,234.50 + …（共 123 项）");
    }
}
