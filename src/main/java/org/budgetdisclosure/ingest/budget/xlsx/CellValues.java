package org.budgetdisclosure.ingest.budget.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Type;

/**
 * The one place that turns POI cells into values: a cell of a column's {@link Type} becomes the JSON value
 * the budget file would hold there, or null when it is empty. What a cell holds is taken as the officer
 * sees it: a number as its shortest decimal, a date cell as its date, a formula as its last computed value.
 * Only what cannot be a value of the column at all (an error value, “是/否” answered otherwise) is reported
 * here; everything else goes on to the JSON reader's checks, with this cell as its place.
 */
final class CellValues {

    private static final Pattern LEADING_CODE = Pattern.compile("^(\\d+)(?:\\s|$|[^\\d.])");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");
    /** How many ulps a figure may be off its two-decimal value and still be that value (a formula's 0.1 + 0.2). */
    private static final int NOISE_ULPS = 64;

    // ROOT: a number shown in a text column (a phone number) must not take the machine's decimal comma
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    /** Reports a problem: (place, message). */
    private final BiConsumer<String, String> error;

    CellValues(BiConsumer<String, String> error) {
        this.error = error;
    }

    /** The value of {@code cell} for a column of {@code type}; null for an empty cell. */
    JsonNode value(Cell cell, Type type, String place) {
        if (cell == null) {
            return null;
        }
        CellType kind = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (kind) {
            case BLANK:
                return null;
            case ERROR:
                error.accept(place, "单元格是错误值 " + FormulaError.forInt(cell.getErrorCellValue()).getString() + "，已当作空白");
                return null;
            case BOOLEAN:
                return type == Type.BOOL ? BooleanNode.valueOf(cell.getBooleanCellValue()) : text(String.valueOf(cell.getBooleanCellValue()), type, place);
            case NUMERIC:
                return number(cell, type);
            case STRING:
                return text(cell.getStringCellValue(), type, place);
            default:
                return null;
        }
    }

    private JsonNode number(Cell cell, Type type) {
        double d = cell.getNumericCellValue();
        switch (type) {
            case MONEY:
                return DecimalNode.valueOf(amount(d));
            case DECIMAL:
                return DecimalNode.valueOf(decimal(d, cell.getCellStyle().getDataFormatString()));
            case INTEGER:
                return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? IntNode.valueOf((int) d) : DecimalNode.valueOf(BigDecimal.valueOf(d));
            case DATE:
                return TextNode.valueOf(DateUtil.getLocalDateTime(d).toLocalDate().toString());
            case CODE:
                // a code typed into a cell not formatted as text becomes a number: its digits are the code
                return d == Math.rint(d) && d >= 0 ? TextNode.valueOf(BigDecimal.valueOf(d).toBigInteger().toString())
                        : TextNode.valueOf(formatter.formatCellValue(cell));
            default:
                return TextNode.valueOf(formatter.formatCellValue(cell)); // as shown: a phone number, a date in a text column
        }
    }

    private JsonNode text(String raw, Type type, String place) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        switch (type) {
            case CODE: {
                // “2010301 行政运行”, as the lists show a code: the digits are the code, the name is for reading
                Matcher m = LEADING_CODE.matcher(s);
                return TextNode.valueOf(m.find() ? m.group(1) : s);
            }
            case INTEGER:
                return s.matches("\\d{1,9}") ? IntNode.valueOf(Integer.parseInt(s)) : TextNode.valueOf(s);
            case DATE:
                return TextNode.valueOf(date(s).map(LocalDate::toString).orElse(s));
            case BOOL:
                switch (s) {
                    case WorkbookLayout.YES, "TRUE", "true", "Y", "y":
                        return BooleanNode.TRUE;
                    case WorkbookLayout.NO, "FALSE", "false", "N", "n":
                        return BooleanNode.FALSE;
                    default:
                        error.accept(place, "应为“是”或“否”：“" + s + "”");
                        return null;
                }
            default:
                return TextNode.valueOf(s);
        }
    }

    /**
     * An amount from a number cell: the double's shortest decimal form, which for any figure typed with two
     * decimals is that figure. A formula's result that is off by floating-point noise (0.30000000000000004)
     * is taken as its two-decimal value; anything else with more decimals is left for the reader to refuse.
     */
    static BigDecimal amount(double d) {
        BigDecimal exact = BigDecimal.valueOf(d);
        if (exact.scale() <= 2) {
            return exact;
        }
        BigDecimal cents = exact.setScale(2, RoundingMode.HALF_UP);
        BigDecimal noise = BigDecimal.valueOf(Math.ulp(d)).multiply(BigDecimal.valueOf(NOISE_ULPS));
        return exact.subtract(cents).abs().compareTo(noise) <= 0 ? cents : exact;
    }

    /**
     * A decimal (房屋面积, 分值权重) with the scale it is shown with: 0 under the format {@code 0.00} is 0.00,
     * as printed, and 6 under {@code General} is 6. More decimals than shown are kept.
     */
    static BigDecimal decimal(double d, String format) {
        BigDecimal v = BigDecimal.valueOf(d).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        int shown = decimalsShown(format);
        return shown > v.scale() ? v.setScale(shown) : v;
    }

    /** The decimals a number format shows: 2 for {@code 0.00} and {@code #,##0.00_ }, 0 for {@code General}. */
    static int decimalsShown(String format) {
        if (format == null) {
            return 0;
        }
        String first = format.split(";", -1)[0];
        int point = first.indexOf('.');
        if (point < 0) {
            return 0;
        }
        int n = 0;
        for (int i = point + 1; i < first.length() && (first.charAt(i) == '0' || first.charAt(i) == '#'); i++) {
            n++;
        }
        return n;
    }

    /** A date typed as text: 2026-01-01, 2026/1/1, 2026.1.1 or 2026年1月1日. */
    static Optional<LocalDate> date(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // 2026-02-30: left as typed, and the reader says it is not a date
        }
    }

    /** The text of a label cell (a header or a form's column A), whatever its type; empty when blank. */
    String label(Cell cell) {
        if (cell == null) {
            return "";
        }
        return formatter.formatCellValue(cell).replaceAll("\\s", "");
    }
}
