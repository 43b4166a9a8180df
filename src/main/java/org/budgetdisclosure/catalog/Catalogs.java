package org.budgetdisclosure.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.SourceRef;

/**
 * Where catalogs come from: the sets shipped in {@code resources/catalog/<year>/} (partial, every row
 * with its source) and official catalog files a user supplies as CSV.
 */
public final class Catalogs {

    private static final String ROOT = "/catalog/";
    private static final String FUNCTION_FILE = "function.csv";
    private static final String ECONOMIC_FILE = "economic.csv";

    /** Shipped sets by data year; they are immutable, so each is read once. */
    private static final Map<Integer, Catalog> SHIPPED = new ConcurrentHashMap<>();

    private Catalogs() {
    }

    /** The years for which a catalog set is shipped (listed in {@code resources/catalog/years.txt}). */
    public static NavigableSet<Integer> shippedYears() {
        return ShippedYears.YEARS;
    }

    /**
     * The list of shipped years, read once when first asked: it is part of the build and never changes,
     * and reading the resource on every {@link #builtIn} call was most of what a check's set-up cost.
     */
    private static final class ShippedYears {

        static final NavigableSet<Integer> YEARS = read();

        private static NavigableSet<Integer> read() {
            String text = resourceText(ROOT + "years.txt")
                    .orElseThrow(() -> new IllegalStateException("catalog/years.txt missing from the build"));
            TreeSet<Integer> years = new TreeSet<>();
            text.lines().map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .forEach(s -> years.add(Integer.parseInt(s)));
            return Collections.unmodifiableNavigableSet(years);
        }
    }

    /**
     * The shipped catalog for {@code year}, or that of the nearest earlier year when none is shipped for
     * it ({@link Catalog#dataYear()} and {@link Catalog#isFallback()} say which); empty when every
     * shipped set is later than {@code year}. Both classifications are partial.
     */
    public static Optional<Catalog> builtIn(int year) {
        Integer dataYear = shippedYears().floor(year);
        if (dataYear == null) {
            return Optional.empty();
        }
        Catalog shipped = SHIPPED.computeIfAbsent(dataYear, Catalogs::readShipped);
        return Optional.of(new Catalog(year, dataYear, shipped.function(), shipped.economic()));
    }

    /** An official function classification (支出功能分类科目) from a CSV file in UTF-8, GBK/GB18030 or UTF-16. */
    public static Parsed<Classification> loadFunctionCsv(Path file) throws CatalogFileException {
        return loadCsv(file, Scheme.FUNCTION);
    }

    /** An official economic classification for department budgets (部门预算支出经济分类科目) from a CSV file. */
    public static Parsed<Classification> loadEconomicCsv(Path file) throws CatalogFileException {
        return loadCsv(file, Scheme.ECONOMIC);
    }

    /** Both official classifications of {@code year}, with the problems of both files. */
    public static Parsed<Catalog> loadCsv(Path function, Path economic, int year) throws CatalogFileException {
        Parsed<Classification> f = loadFunctionCsv(function);
        Parsed<Classification> e = loadEconomicCsv(economic);
        List<Diagnostic> all = new ArrayList<>(f.diagnostics());
        all.addAll(e.diagnostics());
        return new Parsed<>(new Catalog(year, year, f.value(), e.value()), all);
    }

    /**
     * A classification from the bytes of a CSV file (an upload, say). Taken as complete: a code it lacks
     * does not exist. Rows without {@code source} get {@code <file>:<line>}; without {@code verified},
     * {@link Verification#SUPPLIED}.
     *
     * @param source the file name, used in every message ({@code source:line: ...})
     */
    public static Parsed<Classification> readCsv(String source, byte[] bytes, Scheme scheme) throws CatalogFileException {
        String text = CatalogText.decode(source, bytes);
        String what = scheme == Scheme.FUNCTION ? "支出功能分类科目" : "部门预算支出经济分类科目";
        return CatalogCsvReader.read(source, text,
                new CatalogCsvReader.Options(scheme, source + " 中的" + what, false, Verification.SUPPLIED));
    }

    private static Parsed<Classification> loadCsv(Path file, Scheme scheme) throws CatalogFileException {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CatalogFileException(SourceRef.generated(source), "文件不存在");
        } catch (IOException e) {
            throw new CatalogFileException(SourceRef.generated(source), "无法读取文件：" + e.getMessage());
        }
        return readCsv(source, bytes, scheme);
    }

    private static Catalog readShipped(int year) {
        return new Catalog(year, year, readShipped(year, Scheme.FUNCTION), readShipped(year, Scheme.ECONOMIC));
    }

    /** A shipped file with problems is a bug in the build, not a user error: fail loudly. */
    private static Classification readShipped(int year, Scheme scheme) {
        String name = "catalog/" + year + "/" + (scheme == Scheme.FUNCTION ? FUNCTION_FILE : ECONOMIC_FILE);
        String text = resourceText("/" + name).orElseThrow(() -> new IllegalStateException(name + " missing from the build"));
        String what = scheme == Scheme.FUNCTION ? "支出功能分类科目" : "部门预算支出经济分类科目";
        try {
            Parsed<Classification> p = CatalogCsvReader.read(name, text, new CatalogCsvReader.Options(
                    scheme, "内置 " + year + " 年" + what + "（部分）", true, Verification.UNVERIFIED));
            if (!p.diagnostics().isEmpty()) {
                throw new IllegalStateException("shipped catalog " + name + " has problems: " + p.diagnostics());
            }
            return p.value();
        } catch (CatalogFileException e) {
            throw new IllegalStateException("shipped catalog unreadable: " + e.getMessage(), e);
        }
    }

    private static Optional<String> resourceText(String path) {
        try (InputStream in = Catalogs.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
