package org.budgetdisclosure.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a catalog file holds what. Official catalogs come with Chinese headers
 * ({@code 科目编码,科目名称}), ours with English ones ({@code code,name,level,parent,source,verified}),
 * and disclosure-style sheets split the code over {@code 类,款,项}; all are accepted.
 */
final class CatalogColumns {

    enum Role { CODE, CLASS_PART, SECTION_PART, ITEM_PART, NAME, LEVEL, PARENT, SOURCE, VERIFIED }

    private static final Set<String> CODE = Set.of("code", "科目编码", "科目代码", "编码", "代码", "科目编号", "编号");
    private static final Set<String> NAME = Set.of("name", "科目名称", "名称");
    private static final Set<String> LEVEL = Set.of("level", "级次", "层级", "级别", "科目级次");
    private static final Set<String> PARENT = Set.of("parent", "上级", "上级编码", "上级代码", "上级科目", "上级科目编码",
            "父级编码", "父编码");
    private static final Set<String> SOURCE = Set.of("source", "来源", "出处");
    private static final Set<String> VERIFIED = Set.of("verified", "核实", "核实情况", "核实程度");

    private final Map<Role, Integer> index;

    private CatalogColumns(Map<Role, Integer> index) {
        this.index = index;
    }

    /** The columns named by a header row, if it names a code (or 类) column and a name column. */
    static Optional<CatalogColumns> fromHeader(List<String> cells) {
        Map<Role, Integer> index = new EnumMap<>(Role.class);
        for (int i = 0; i < cells.size(); i++) {
            Role role = roleOf(Names.key(cells.get(i)).toLowerCase(Locale.ROOT));
            if (role != null) {
                index.putIfAbsent(role, i);
            }
        }
        boolean hasCode = index.containsKey(Role.CODE) || index.containsKey(Role.CLASS_PART);
        return hasCode && index.containsKey(Role.NAME) ? Optional.of(new CatalogColumns(index)) : Optional.empty();
    }

    /** For a file without header whose first column is the code and second the name. */
    static CatalogColumns codeThenName() {
        Map<Role, Integer> index = new EnumMap<>(Role.class);
        index.put(Role.CODE, 0);
        index.put(Role.NAME, 1);
        return new CatalogColumns(index);
    }

    private static Role roleOf(String h) {
        // Parent first: “上级科目编码” also ends in 编码.
        if (PARENT.contains(h) || h.startsWith("上级") || h.startsWith("父级")) {
            return h.endsWith("名称") ? null : Role.PARENT;
        }
        if (CODE.contains(h) || h.endsWith("编码") || h.endsWith("代码")) {
            return Role.CODE;
        }
        if (NAME.contains(h) || h.endsWith("名称")) {
            return Role.NAME;
        }
        return switch (h) {
            case "类" -> Role.CLASS_PART;
            case "款" -> Role.SECTION_PART;
            case "项" -> Role.ITEM_PART;
            default -> LEVEL.contains(h) ? Role.LEVEL
                    : SOURCE.contains(h) ? Role.SOURCE
                    : VERIFIED.contains(h) ? Role.VERIFIED : null;
        };
    }

    boolean has(Role role) {
        return index.containsKey(role);
    }

    /** The trimmed cell of {@code role} in {@code row}; empty when the column is absent or the row is short. */
    String cell(List<String> row, Role role) {
        Integer i = index.get(role);
        return i == null || i >= row.size() ? "" : trim(row.get(i));
    }

    /**
     * The code as written: the code column, or 类/款/项 put together. A part may repeat its parent's
     * digits ({@code 201 | 20103}) or give only its own two ({@code 201 | 03}).
     */
    String code(List<String> row) {
        if (has(Role.CODE)) {
            return cell(row, Role.CODE);
        }
        StringBuilder b = new StringBuilder();
        for (Role part : List.of(Role.CLASS_PART, Role.SECTION_PART, Role.ITEM_PART)) {
            String p = Codes.digits(cell(row, part)).orElse(cell(row, part));
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() > 2 && p.startsWith(b.toString())) {
                b.setLength(0);
            }
            b.append(p);
        }
        return b.toString();
    }

    /** Trims ASCII and full-width spaces (Excel exports indent names with 　). */
    static String trim(String s) {
        if (s == null) {
            return "";
        }
        int from = 0;
        int to = s.length();
        while (from < to && (Character.isWhitespace(s.charAt(from)) || Character.isSpaceChar(s.charAt(from)) || s.charAt(from) == '\ufeff')) {
            from++;
        }
        while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || Character.isSpaceChar(s.charAt(to - 1)))) {
            to--;
        }
        return s.substring(from, to);
    }
}
