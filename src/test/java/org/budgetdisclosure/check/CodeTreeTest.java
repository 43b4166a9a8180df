package org.budgetdisclosure.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

/**
 * {@link CodeTree} and {@link CodeIndex} hold to the sets and maps of code strings that TREE-SUM and
 * CAT-PARENT-ROW built before: the node codes, each row's parent code (a substring) looked up in them,
 * and each code's children in printed order.
 */
class CodeTreeTest {

    private static final String[] CODES = {"201", "20101", "2010101", "2010102", "20102", "2010201", "208", "20801",
        "2080101", "301", "30101", "30102", "2a1", "2a101", "20", "2", "", "20101x", "2010199"};
    private static final RowKind[] KINDS = {RowKind.FUNCTION, RowKind.ECONOMIC, RowKind.PROJECT, RowKind.ITEM, RowKind.TOTAL};

    @Test
    void treeMatchesTheStringSetsItReplaces() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Table t = table(new Random(seed));
            CodeTree tree = new CodeTree(t);
            List<Row> rows = t.rows();
            Set<String> nodes = new HashSet<>();
            boolean anyClass = false;
            for (Row r : rows) {
                if (isNode(r)) {
                    nodes.add(r.code());
                    anyClass |= r.code().length() == 3;
                }
            }
            assertThat(tree.anyClassNode()).as("seed %d", seed).isEqualTo(anyClass);
            Map<String, List<Integer>> kids = children(rows, nodes);
            for (int i = 0; i < rows.size(); i++) {
                String code = rows.get(i).code();
                assertThat(tree.own(i) >= 0).as("seed %d row %d", seed, i).isEqualTo(code != null && nodes.contains(code));
                boolean parentPrinted = code != null && code.length() > 3 && nodes.contains(code.substring(0, code.length() - 2));
                assertThat(tree.up(i) >= 0).as("seed %d row %d", seed, i).isEqualTo(parentPrinted);
                if (isNode(rows.get(i))) {
                    int id = tree.own(i);
                    List<Integer> found = new ArrayList<>();
                    for (int k = tree.kidsFrom(id); k < tree.kidsTo(id); k++) {
                        found.add(tree.kids()[k]);
                    }
                    assertThat(found).as("seed %d row %d", seed, i).isEqualTo(kids.getOrDefault(code, List.of()));
                }
            }
        });
    }

    @Test
    void rowsByCodeAndByKeyAreWhatAScanFinds() {
        qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Table t = table(random);
            Tables.Rows rows = new Tables.Rows(t);
            List<String> asked = new ArrayList<>(List.of("absent", "20101"));
            for (Row r : t.rows()) {
                if (r.code() != null) {
                    asked.add(new String(r.code())); // not the same object
                }
                if (r.key() != null) {
                    asked.add(new String(r.key()));
                }
            }
            for (int round = 0; round < 2; round++) { // the second time the lists are already made
                for (String v : asked) {
                    assertThat(rows.withCode(v)).as("seed %d code %s", seed, v)
                            .containsExactlyElementsOf(t.rows().stream().filter(r -> v.equals(r.code())).toList());
                    assertThat(rows.withKey(v)).as("seed %d key %s", seed, v)
                            .containsExactlyElementsOf(t.rows().stream().filter(r -> v.equals(r.key())).toList());
                }
            }
            assertThat(rows.withCode(null)).isEmpty();
            for (RowKind kind : RowKind.values()) {
                List<Row> ofKind = t.rows().stream().filter(r -> r.kind() == kind).toList();
                assertThat(rows.ofKind(kind)).as("seed %d kind %s", seed, kind).isEqualTo(ofKind);
                assertThat(rows.placesOf(kind)).as("seed %d kind %s", seed, kind)
                        .containsExactly(java.util.stream.IntStream.range(0, t.rows().size()).filter(i -> t.rows().get(i).kind() == kind).toArray());
            }
        });
    }

    @Test
    void indexFindsCodesAndTheirStartsAsAMapWould() {
        qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int n = random.nextInt(40);
            CodeIndex index = new CodeIndex(n);
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String code = CODES[random.nextInt(CODES.length)] + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100)));
                int expected = ids.computeIfAbsent(code, k -> ids.size());
                assertThat(index.add(code)).isEqualTo(expected);
                assertThat(index.code(expected)).isEqualTo(code);
            }
            assertThat(index.size()).isEqualTo(ids.size());
            for (int i = 0; i < 50; i++) {
                String s = CODES[random.nextInt(CODES.length)] + random.nextInt(1000);
                for (int len = 0; len <= s.length(); len++) {
                    assertThat(index.find(s, len)).as("%s %d", s, len).isEqualTo(ids.getOrDefault(s.substring(0, len), -1));
                }
            }
        });
    }

    @Test
    void indexFindsTheStartOfAnyTextWhateverItsCharacters() {
        // the start's hash is worked out from the whole text's by taking characters off the end
        qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<String> texts = new ArrayList<>();
            int n = 1 + random.nextInt(20);
            CodeIndex index = new CodeIndex(n);
            for (int i = 0; i < n; i++) {
                String t = text(random);
                texts.add(t);
                index.add(t);
            }
            for (String t : texts) {
                String longer = t + text(random);
                int id = index.find(longer, t.length());
                assertThat(id).as("seed %d: %s in %s", seed, t, longer).isGreaterThanOrEqualTo(0);
                assertThat(index.code(id)).isEqualTo(t);
                assertThat(index.find(new String(t))).isEqualTo(id);
            }
        });
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(3);
            b.append((char) (kind == 0 ? '0' + random.nextInt(10) : kind == 1 ? 0x4e00 + random.nextInt(0x5000) : random.nextInt(0x10000)));
        }
        return b.toString();
    }

    /** TREE-SUM's grouping as it was: by parent code string. */
    private static Map<String, List<Integer>> children(List<Row> rows, Set<String> nodes) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.code() == null) {
                continue;
            }
            String parentCode = r.code().length() > 3 ? r.code().substring(0, r.code().length() - 2) : null;
            if (isNode(r) && parentCode != null) {
                out.computeIfAbsent(parentCode, k -> new ArrayList<>()).add(i);
            } else if (r.kind() == RowKind.PROJECT) {
                out.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(i);
                if (parentCode != null && !nodes.contains(r.code())) {
                    out.computeIfAbsent(parentCode, k -> new ArrayList<>()).add(i);
                }
            }
        }
        return out;
    }

    private static boolean isNode(Row r) {
        return (r.kind() == RowKind.FUNCTION || r.kind() == RowKind.ECONOMIC) && r.code() != null;
    }

    private static Table table(Random random) {
        List<Row> rows = new ArrayList<>();
        int n = random.nextInt(25);
        for (int i = 0; i < n; i++) {
            String code = random.nextInt(6) == 0 ? null : new String(CODES[random.nextInt(CODES.length)]); // not the same object
            RowKind kind = KINDS[random.nextInt(KINDS.length)];
            String key = random.nextInt(3) == 0 ? null : "k" + random.nextInt(6);
            rows.add(new Row(kind, null, code, null, "行" + i, null, key, false,
                    Map.of("total", Money.of(BigDecimal.ONE)), null));
        }
        return new Table(TableId.T2, 2, "表", null, "万元", List.of(new Column("total", "合计", null)), rows, null, null);
    }
}
