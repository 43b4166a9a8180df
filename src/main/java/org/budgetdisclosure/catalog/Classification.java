package org.budgetdisclosure.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.catalog.NameCheck.Outcome;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.CodeLevel;

/**
 * One classification scheme of one year: the function classification (类/款/项) or the economic
 * classification for department budgets (类/款). Immutable; lookups by code, by name, up and down.
 *
 * <p>A catalog is either complete (an official file the user loaded) or partial (the shipped one,
 * compiled from real documents): {@link #check} uses that to tell “unknown here” from “does not exist”.
 */
public final class Classification {

    private final Scheme scheme;
    private final String description;
    private final boolean partial;
    private final List<Entry> entries;
    private final Map<String, Entry> byCode;
    private final Map<String, List<Entry>> children;
    private final Map<String, List<Entry>> byNameKey;
    /**
     * Each row with its {@link Entry#nameKey} and its verdict for a printed name that agrees, by code:
     * worked out once per catalog, as {@link #check} asks for them per printed code of every document.
     */
    private final Map<String, Known> knownByCode;
    /** The verdict on a code this catalog lacks, the same for every such code. */
    private final NameCheck missing;

    /** A row of the catalog as {@link #check} reads it. */
    private record Known(Entry entry, Optional<Entry> optional, String nameKey, NameCheck sameName) {

        Known(Entry entry) {
            this(entry, Optional.of(entry), entry.nameKey(), new NameCheck(Outcome.SAME_NAME, Optional.of(entry)));
        }
    }

    private Classification(Scheme scheme, String description, boolean partial, List<Entry> sorted) {
        this.scheme = scheme;
        this.description = description;
        this.partial = partial;
        this.entries = List.copyOf(sorted);
        Map<String, Entry> codes = new LinkedHashMap<>();
        Map<String, List<Entry>> kids = new LinkedHashMap<>();
        Map<String, List<Entry>> names = new LinkedHashMap<>();
        Map<String, Known> known = new HashMap<>();
        for (Entry e : entries) {
            codes.put(e.code().digits(), e);
            known.put(e.code().digits(), new Known(e));
            e.parentCode().ifPresent(p -> kids.computeIfAbsent(p.digits(), k -> new ArrayList<>()).add(e));
            names.computeIfAbsent(e.nameKey(), k -> new ArrayList<>()).add(e);
        }
        this.byCode = Collections.unmodifiableMap(codes);
        kids.replaceAll((k, v) -> List.copyOf(v));
        names.replaceAll((k, v) -> List.copyOf(v));
        this.children = Collections.unmodifiableMap(kids);
        this.byNameKey = Collections.unmodifiableMap(names);
        this.knownByCode = known;
        this.missing = new NameCheck(partial ? Outcome.NOT_IN_PARTIAL_CATALOG : Outcome.NOT_IN_CATALOG, Optional.empty());
    }

    /**
     * A classification of the given rows, in code order.
     *
     * @param description what it is and where it comes from, for messages (e.g. {@code 内置 2026 年支出功能分类科目（部分）})
     * @param partial     true when rows are known to be missing, so an unknown code proves nothing
     * @throws IllegalArgumentException if a row belongs to another scheme or two rows share a code
     */
    public static Classification of(Scheme scheme, String description, boolean partial, List<Entry> entries) {
        Objects.requireNonNull(scheme, "scheme");
        Map<String, Entry> unique = new TreeMap<>();
        for (Entry e : entries) {
            if (e.code().scheme() != scheme) {
                throw new IllegalArgumentException("entry of another scheme: " + e);
            }
            if (unique.put(e.code().digits(), e) != null) {
                throw new IllegalArgumentException("two entries for code " + e.code());
            }
        }
        List<Entry> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing(Entry::code));
        return new Classification(scheme, description, partial, sorted);
    }

    public Scheme scheme() {
        return scheme;
    }

    public String description() {
        return description;
    }

    /** True when this catalog is known to lack rows (the shipped one): an unknown code is then no finding. */
    public boolean isPartial() {
        return partial;
    }

    /** Every row, in code order. */
    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The rows of one level (all 类, all 款, ...), in code order. */
    public List<Entry> atLevel(CodeLevel level) {
        return entries.stream().filter(e -> e.level() == level).toList();
    }

    /** The row for a code written as {@code 2010301} or {@code 201 03 01}; empty if unknown or not a code. */
    public Optional<Entry> find(String code) {
        return Codes.parse(scheme, code).flatMap(this::find);
    }

    public Optional<Entry> find(ClassificationCode code) {
        return code.scheme() == scheme ? Optional.ofNullable(byCode.get(code.digits())) : Optional.empty();
    }

    public boolean knows(String code) {
        return find(code).isPresent();
    }

    public boolean knows(ClassificationCode code) {
        return find(code).isPresent();
    }

    /** The row one level up from {@code code} (whether or not {@code code} itself is known); empty for a 类. */
    public Optional<Entry> parent(String code) {
        return Codes.parse(scheme, code).flatMap(this::parent);
    }

    public Optional<Entry> parent(ClassificationCode code) {
        return code.scheme() == scheme ? code.parent().flatMap(this::find) : Optional.empty();
    }

    /** The known rows directly under {@code code}, in code order. */
    public List<Entry> children(String code) {
        return Codes.parse(scheme, code).map(this::children).orElse(List.of());
    }

    public List<Entry> children(ClassificationCode code) {
        return code.scheme() == scheme ? children.getOrDefault(code.digits(), List.of()) : List.of();
    }

    /**
     * The rows whose name has the key of {@code name} ({@link Names#key}), in code order. Names repeat
     * across the tree (行政运行 is under many 款), so this is a list; see {@link #childByName}.
     */
    public List<Entry> byName(String name) {
        return byNameKey.getOrDefault(Names.key(name), List.of());
    }

    /** The row named {@code name} directly under {@code parentCode}: how 行政运行 under 20103 becomes 2010301. */
    public Optional<Entry> childByName(String parentCode, String name) {
        String key = Names.key(name);
        return children(parentCode).stream().filter(e -> e.nameKey().equals(key)).findFirst();
    }

    /** What this catalog says about {@code code} printed with {@code printedName}. */
    public NameCheck check(String code, String printedName) {
        return checkKey(code, Names.key(printedName));
    }

    /**
     * As {@link #check(String, String)} for a printed name whose {@link Names#key} the caller already
     * has (the checker works it out once per printed row, to group the rows by spelling).
     */
    public NameCheck checkKey(String code, String printedKey) {
        if (plainCode(code)) {
            // the usual printed code: looked up directly, without building a ClassificationCode (its
            // constructor runs a regex) for every row the checker asks about
            return verdict(knownByCode.get(code), printedKey);
        }
        Optional<ClassificationCode> parsed = Codes.parse(scheme, code);
        return parsed.isEmpty() ? new NameCheck(Outcome.BAD_CODE, Optional.empty()) : checkKey(parsed.get(), printedKey);
    }

    public NameCheck check(ClassificationCode code, String printedName) {
        return checkKey(code, Names.key(printedName));
    }

    private NameCheck checkKey(ClassificationCode code, String printedKey) {
        if (code.scheme() != scheme) {
            return new NameCheck(Outcome.BAD_CODE, Optional.empty());
        }
        return verdict(knownByCode.get(code.digits()), printedKey);
    }

    /** ASCII digits only, as many as a code of this scheme has: what {@link Codes#parse} keeps as it is. */
    private boolean plainCode(String code) {
        if (code == null || !Codes.validLength(scheme, code.length())) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The verdict on a printed name key for the row found (null: none); the usual ones made in advance. */
    private NameCheck verdict(Known found, String printed) {
        if (found == null) {
            return missing;
        }
        String known = found.nameKey();
        if (printed.equals(known)) {
            return found.sameName();
        }
        Outcome outcome = !printed.isEmpty() && known.startsWith(printed) ? Outcome.TRUNCATED_NAME : Outcome.OTHER_NAME;
        return new NameCheck(outcome, found.optional());
    }

    @Override
    public String toString() {
        return description + "（" + entries.size() + " 条）";
    }
}
