package org.budgetdisclosure.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.budgetdisclosure.catalog.CatalogColumns.Role;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Diagnostic.Severity;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.SourceRef;

/**
 * Reads one classification from CSV text. A bad row becomes a located diagnostic and the rest is
 * read; only a file with no recognisable header is refused. The rules:
 * <ul>
 *   <li>a code that is not 3/5/7 digits (3/5 for the economic scheme): row dropped, error;</li>
 *   <li>a code repeated with another name: the first row is kept, error; repeated with the same name: ignored;</li>
 *   <li>a 款 or 项 whose parent is not in the file: row kept, error (lookups still work, the tree has a hole);</li>
 *   <li>a {@code level} or {@code parent} column that disagrees with the code: row kept (the code wins), warning;</li>
 *   <li>a row with a name but no code (a heading, a note): dropped, warning.</li>
 * </ul>
 */
final class CatalogCsvReader {

    /** How far down a title block may push the header row (Excel exports put a title and a date above it). */
    private static final int HEADER_SEARCH_ROWS = 10;

    /** How a file is read: which scheme, how to describe it, and what to assume for missing columns. */
    record Options(Scheme scheme, String description, boolean partial, Verification defaultVerification) {
    }

    private final String source;
    private final Options options;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private CatalogCsvReader(String source, Options options) {
        this.source = source;
        this.options = options;
    }

    static Parsed<Classification> read(String source, String text, Options options) throws CatalogFileException {
        return new CatalogCsvReader(source, options).read(text);
    }

    private Parsed<Classification> read(String text) throws CatalogFileException {
        List<Line> rows = records(text);
        int first = 0;
        while (first < rows.size() && rows.get(first).blank()) {
            first++;
        }
        if (first == rows.size()) {
            throw new CatalogFileException(SourceRef.generated(source), "文件中没有任何科目");
        }
        CatalogColumns columns = null;
        int dataFrom = 0;
        for (int i = first; i < rows.size() && i < first + HEADER_SEARCH_ROWS && columns == null; i++) {
            Optional<CatalogColumns> c = CatalogColumns.fromHeader(rows.get(i).cells());
            if (c.isPresent()) {
                columns = c.get();
                dataFrom = i + 1;
            }
        }
        if (columns == null) {
            Line top = rows.get(first);
            boolean headless = top.cells().size() >= 2 && Codes.parse(options.scheme(), top.cells().get(0)).isPresent()
                    && !CatalogColumns.trim(top.cells().get(1)).isEmpty();
            if (!headless) {
                throw new CatalogFileException(SourceRef.line(source, top.number()),
                        "找不到表头：需要“科目编码”和“科目名称”两列（或 code,name；或 类,款,项,科目名称）");
            }
            columns = CatalogColumns.codeThenName();
            dataFrom = first;
        }
        Map<String, Row> kept = new LinkedHashMap<>();
        for (Line line : rows.subList(dataFrom, rows.size())) {
            if (!line.blank()) {
                readRow(line, columns).ifPresent(r -> keep(r, kept));
            }
        }
        checkParents(kept);
        List<Entry> entries = kept.values().stream().map(Row::entry).toList();
        return new Parsed<>(Classification.of(options.scheme(), options.description(), options.partial(), entries),
                diagnostics);
    }

    private record Row(Entry entry, int line) {
    }

    private Optional<Row> readRow(Line line, CatalogColumns columns) {
        List<String> cells = line.cells();
        String rawCode = columns.code(cells);
        String name = columns.cell(cells, Role.NAME);
        int n = line.number();
        if (rawCode.isEmpty()) {
            if (!name.isEmpty()) {
                report(Severity.WARNING, "CATALOG-NO-CODE", "没有科目编码，已跳过此行：“" + name + "”", n);
            }
            return Optional.empty();
        }
        Optional<ClassificationCode> code = Codes.parse(options.scheme(), rawCode);
        if (code.isEmpty()) {
            report(Severity.ERROR, "CATALOG-BAD-CODE", "“" + rawCode + "”不是" + schemeName() + "编码：应为 "
                    + Codes.lengthsText(options.scheme()) + "数字，已跳过此行", n);
            return Optional.empty();
        }
        if (name.isEmpty()) {
            report(Severity.ERROR, "CATALOG-NO-NAME", "科目 " + code.get() + " 没有名称，已跳过此行", n);
            return Optional.empty();
        }
        checkLevel(code.get(), columns.cell(cells, Role.LEVEL), n);
        checkParentColumn(code.get(), columns.cell(cells, Role.PARENT), n);
        String src = columns.cell(cells, Role.SOURCE);
        Verification verified = verification(columns.cell(cells, Role.VERIFIED), n);
        String rowSource = src.isEmpty() ? fileName() + ":" + n : src;
        return Optional.of(new Row(Entry.of(code.get(), name, rowSource, verified), n));
    }

    private void keep(Row row, Map<String, Row> kept) {
        String digits = row.entry().code().digits();
        Row earlier = kept.get(digits);
        if (earlier == null) {
            kept.put(digits, row);
        } else if (!earlier.entry().nameKey().equals(row.entry().nameKey())) {
            report(Severity.ERROR, "CATALOG-DUPLICATE", "科目 " + digits + " 重复且名称不同：第 " + earlier.line()
                    + " 行为“" + earlier.entry().name() + "”，此行为“" + row.entry().name() + "”；保留第 "
                    + earlier.line() + " 行", row.line());
        }
    }

    private void checkParents(Map<String, Row> kept) {
        for (Row r : kept.values()) {
            r.entry().parentCode().filter(p -> !kept.containsKey(p.digits())).ifPresent(p ->
                    report(Severity.ERROR, "CATALOG-NO-PARENT", "科目 " + r.entry() + " 的上级科目 " + p
                            + " 不在文件中", r.line()));
        }
    }

    private void checkLevel(ClassificationCode code, String level, int line) {
        if (level.isEmpty()) {
            return;
        }
        CodeLevel expected = code.level();
        String asNumber = String.valueOf(expected.ordinal() + 1);
        if (!level.equals(asNumber) && !level.equals(expected.chinese())) {
            report(Severity.WARNING, "CATALOG-LEVEL", "科目 " + code + " 是" + expected.chinese() + "级（第 " + asNumber
                    + " 级），级次列却写作“" + level + "”；以编码为准", line);
        }
    }

    private void checkParentColumn(ClassificationCode code, String parent, int line) {
        if (parent.isEmpty()) {
            return;
        }
        String expected = code.parent().map(ClassificationCode::digits).orElse("");
        if (!Codes.digits(parent).orElse(parent).equals(expected)) {
            report(Severity.WARNING, "CATALOG-PARENT", "科目 " + code + " 的上级应为“" + expected + "”，上级列却写作“"
                    + parent + "”；以编码为准", line);
        }
    }

    private Verification verification(String cell, int line) {
        if (cell.isEmpty()) {
            return options.defaultVerification();
        }
        Optional<Verification> v = Verification.fromLabel(cell);
        if (v.isEmpty()) {
            report(Severity.WARNING, "CATALOG-VERIFIED", "核实列的值“" + cell + "”无法识别（应为 "
                    + Arrays.stream(Verification.values()).map(Verification::label).toList() + " 之一）；按“"
                    + options.defaultVerification().label() + "”处理", line);
        }
        return v.orElse(options.defaultVerification());
    }

    private void report(Severity severity, String code, String message, int line) {
        diagnostics.add(new Diagnostic(severity, code, message, SourceRef.line(source, line)));
    }

    private String schemeName() {
        return options.scheme() == Scheme.FUNCTION ? "支出功能分类科目" : "部门预算支出经济分类科目";
    }

    private String fileName() {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    /** One CSV record and the file line it starts on. */
    private record Line(int number, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(c -> CatalogColumns.trim(c).isEmpty());
        }
    }

    /**
     * Every record with its 1-based starting line. Empty lines are kept as records (and skipped by the
     * caller) because commons-csv counts a record's position from before the empty lines it skips.
     */
    private List<Line> records(String text) throws CatalogFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        int[] lineStarts = lineStarts(text);
        List<Line> out = new ArrayList<>();
        CSVParser parser = null;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
            for (CSVRecord r : parser) {
                out.add(new Line(lineOf(lineStarts, r.getCharacterPosition()), r.toList()));
            }
            parser.close();
        } catch (IOException | UncheckedIOException e) {
            // Reading a string does not fail; what commons-csv reports here is malformed quoting.
            long line = parser == null ? 1 : Math.max(1, parser.getCurrentLineNumber());
            throw new CatalogFileException(SourceRef.line(source, (int) line),
                    "CSV 格式错误（引号未闭合？）：" + rootMessage(e));
        }
        return out;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Tab for Excel's “Unicode text” and TSV, semicolon for European-locale CSV, else comma: whichever the top lines use most. */
    private static char delimiter(String text) {
        String top = text.lines().limit(HEADER_SEARCH_ROWS + 1L).reduce("", (a, b) -> a + b);
        char best = ',';
        long bestCount = top.chars().filter(c -> c == ',').count();
        for (char d : new char[] {'\t', ';'}) {
            long count = top.chars().filter(c -> c == d).count();
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
