package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link NameIndex} replaced a {@code HashMap<nameKey, List<code>>} in {@link SubjectResolver}: over names
 * built from Chinese words, spaces of every kind, half- and full-width brackets and quotes, it must find
 * for any text (whole or a part of a longer one) the same distinct codes, in the same order, as the map
 * finds for that text's key.
 */
class NameIndexTest {

    private static final String[] TOKENS = {"行政运行", "一般", "公共", "服务", "支出", "(", ")", "（", "）", " ", "\u3000", "\u00a0", "\t",
        "\"", "“", "”", ":", "：", ",", "，", "的", "a", "A"};

    private static Gen<String> names() {
        return TokenTexts.joined(TOKENS, 5);
    }

    @Test
    void findsWhatTheMapOfKeysFinds() {
        qt().withExamples(5000)
                .forAll(lists().of(names()).ofSizeBetween(0, 30), lists().of(integers().between(0, 4)).ofSizeBetween(30, 30), names())
                .checkAssert((names, codes, probe) -> {
                    NameIndex index = new NameIndex(names.size());
                    Map<String, List<String>> map = new HashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        String code = "20" + codes.get(i);
                        index.add(names.get(i), code);
                        List<String> list = map.computeIfAbsent(Texts.nameKey(names.get(i)), k -> new ArrayList<>());
                        if (!list.contains(code)) {
                            list.add(code);
                        }
                    }
                    for (String name : names) {
                        assertThat(codes(index.find(name))).isEqualTo(map.get(Texts.nameKey(name)));
                    }
                    assertThat(codes(index.find(probe))).isEqualTo(map.get(Texts.nameKey(probe)));
                    // a part of a longer text, looked up where it lies
                    String text = "前" + probe + "后";
                    assertThat(codes(index.find(text, 1, text.length() - 1))).isEqualTo(map.get(Texts.nameKey(probe)));
                });
    }

    @Test
    void aNameWrappedWithSpacesAndHalfWidthBracketsIsTheSameName() {
        NameIndex index = new NameIndex(2);
        index.add("政府办公厅（室）及相关机构事务", "20103");
        index.add("政府办公厅(室)及相关机 构事务", "20103");
        index.add("政府办公厅(室)及相关机 构事务", "2010301");
        assertThat(codes(index.find("政府办公厅（室）及相关机构事务"))).containsExactly("20103", "2010301");
        assertThat(index.find("政府办公厅")).isNull();
    }

    private static List<String> codes(Object found) {
        if (found == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < NameIndex.count(found); i++) {
            out.add(NameIndex.value(found, i));
        }
        return out;
    }
}
