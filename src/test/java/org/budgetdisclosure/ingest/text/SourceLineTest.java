package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLineTest {

    @Test
    void readsHeadingLevelAndStripsMarkers() {
        SourceLine l = SourceLine.of(7, "#### 一、关于昌吉市人民政府办公室 2026 年收支预算情况总体说明");
        assertThat(l.headingLevel()).isEqualTo(4);
        assertThat(l.text()).isEqualTo("一、关于昌吉市人民政府办公室 2026 年收支预算情况总体说明");
        assertThat(l.joined()).isEqualTo("一、关于昌吉市人民政府办公室2026年收支预算情况总体说明");
        assertThat(l.number()).isEqualTo(7);
    }

    @Test
    void aHashWithoutSpaceIsNotAHeading() {
        assertThat(SourceLine.of(1, "#1 项目").headingLevel()).isZero();
    }

    @Test
    void splitsTabsKeepingEmptyCellsAndDroppingTrailingOnes() {
        SourceLine l = SourceLine.of(3, "201\t03\t\t<b>政府办公厅（室）及相关机构事务</b>\t<b>963.77</b>\t\t\t");
        assertThat(l.cells()).containsExactly("201", "03", "", "政府办公厅（室）及相关机构事务", "963.77");
        assertThat(l.bold()).isTrue();
        assertThat(l.isTabular()).isTrue();
        assertThat(l.cell(9)).isEmpty();
    }

    @Test
    void readsListItemsAndBoldMarkdown() {
        SourceLine l = SourceLine.of(2, "- 一、 主要职能");
        assertThat(l.listItem()).isTrue();
        assertThat(l.text()).isEqualTo("一、 主要职能");
        SourceLine b = SourceLine.of(2, "#### **(四) 预算绩效情况**");
        assertThat(b.bold()).isTrue();
        assertThat(b.text()).isEqualTo("(四) 预算绩效情况");
    }

    @Test
    void joinsPdfLineBreakSpacesInsideChineseButKeepsThemBetweenLatinWords() {
        assertThat(Texts.joinCjk("其他政府办公厅（室）及相关机 构事务支出")).isEqualTo("其他政府办公厅（室）及相关机构事务支出");
        assertThat(Texts.joinCjk("社会 效益 指标")).isEqualTo("社会效益指标");
        assertThat(Texts.joinCjk("收支总预算 1,229.70 万元。")).isEqualTo("收支总预算1,229.70万元。");
        assertThat(Texts.joinCjk("7x24 hours online")).isEqualTo("7x24 hours online");
    }

    @Test
    void nameKeysFoldBracketsQuotesAndSpaces() {
        assertThat(Texts.nameKey("政府办公厅(室)及相关机 构事务")).isEqualTo(Texts.nameKey("政府办公厅（室）及相关机构事务"));
        assertThat(Texts.nameKey("财政拨款\"三公\"经费支出情况表")).isEqualTo(Texts.nameKey("财政拨款“三公”经费支出情况表"));
    }
}
