package org.budgetdisclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.portal.SearchText.Match;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    private static final Disclosure SAMPLE = Samples.sample();

    private static Match first(String query) {
        List<Match> m = SearchText.matches(SAMPLE, query, 3);
        assertThat(m).as(query).isNotEmpty();
        // every place shown is a place the store's search text holds too
        assertThat(SearchText.of(SAMPLE)).contains(query.toLowerCase(Locale.ROOT));
        return m.get(0);
    }

    @Test
    void aProjectNameIsFoundInTable7() {
        Match m = first("电子政务维护费");

        assertThat(m.where()).isEqualTo("表7 项目");
        assertThat(m.hit()).isEqualTo("电子政务维护费");
        assertThat(m.before()).isEqualTo("2010399 其他政府办公厅（室）及相关机构事务支出 ");
    }

    @Test
    void aClassificationCodeIsFoundWithItsName() {
        Match m = first("2010301");

        assertThat(m.where()).isEqualTo("表2 科目"); // 表1 lists classes only; 表2 is the first with 项
        assertThat(m.hit()).isEqualTo("2010301");
        assertThat(m.after()).isEqualTo(" 行政运行");
    }

    @Test
    void aClassificationNameIsFound() {
        Match m = first("行政事业单位医疗");

        assertThat(m.where()).isEqualTo("表2 科目");
        assertThat(m.before()).isEqualTo("21011 ");
    }

    @Test
    void aPhraseOfTheProseIsFoundInItsSection() {
        Match m = first("事业编制人员减少");

        assertThat(m.where()).isEqualTo("情况说明第5项");
        assertThat(m.before()).isEqualTo("…下降27.76%，主要原因是机构改革后，"); // cut at a clause mark, not inside a figure
        assertThat(m.after()).startsWith("，相应经费减少");
    }

    @Test
    void theDepartmentIsFoundFirst() {
        assertThat(first("昌吉市人民政府办公室").where()).isEqualTo("部门名称");
    }

    @Test
    void matchesAreCaseInsensitiveAndShowTheTextAsPrinted() {
        assertThat(SearchText.match("x", "Budget PDF 文件", "pdf")).hasValueSatisfying(m -> {
            assertThat(m.before()).isEqualTo("Budget ");
            assertThat(m.hit()).isEqualTo("PDF");
            assertThat(m.after()).isEqualTo(" 文件");
        });
    }

    @Test
    void longTextIsCutAroundTheMatch() {
        String text = "甲".repeat(100) + "目标" + "乙".repeat(100);
        Match m = SearchText.match("x", text, "目标").orElseThrow();

        assertThat(m.before()).isEqualTo("…" + "甲".repeat(SearchText.BEFORE));
        assertThat(m.after()).isEqualTo("乙".repeat(SearchText.AFTER) + "…");
    }

    @Test
    void noMatchAndAtMostTheLimit() {
        assertThat(SearchText.matches(SAMPLE, "不存在的词语组合", 3)).isEmpty();
        assertThat(SearchText.matches(SAMPLE, "  ", 3)).isEmpty();
        assertThat(SearchText.matches(SAMPLE, "支出", 3)).hasSize(3);
    }

    @Test
    void theStoredTextHoldsEveryEntryOnItsOwnLineLowercased() {
        String stored = SearchText.of(SAMPLE);

        assertThat(stored.lines().count()).isEqualTo(SearchText.entries(SAMPLE).size());
        assertThat(stored).contains("\n2010301 行政运行\n").contains("电子政务维护费").isEqualTo(stored.toLowerCase(Locale.ROOT));
        assertThat(Documents.searchText(SAMPLE)).isEqualTo(stored);
    }
}
