package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.model.ClassificationCode.Scheme.ECONOMIC;
import static org.budgetdisclosure.model.ClassificationCode.Scheme.FUNCTION;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowLabelTest {

    @Test
    void aCodeSplitOverThreeCellsIsJoined() {
        assertThat(RowLabel.parse(List.of("201", "03", "01", "行政运行"), FUNCTION))
                .isEqualTo(new RowLabel("2010301", "行政运行", null));
    }

    @Test
    void aCodeWithItsNameInOneCellIsSplitOff() {
        assertThat(RowLabel.parse(List.of("201 一般公共服务支出"), FUNCTION))
                .isEqualTo(new RowLabel("201", "一般公共服务支出", null));
        assertThat(RowLabel.parse(List.of("301", "01 基本工资"), ECONOMIC))
                .isEqualTo(new RowLabel("30101", "基本工资", null));
    }

    @Test
    void aNameWithoutCodeKeepsItsNumberingAndLosesItsLineBreakSpaces() {
        assertThat(RowLabel.parse(List.of("", "", "", "其他政府办公厅（室）及相关机 构事务支出"), FUNCTION))
                .isEqualTo(new RowLabel(null, "其他政府办公厅（室）及相关机构事务支出", null));
        assertThat(RowLabel.parse(List.of("1. 一般公共预算拨款"), FUNCTION))
                .isEqualTo(new RowLabel(null, "1.一般公共预算拨款", null));
    }

    @Test
    void anEconomicCodeStopsAtTheSection() {
        assertThat(RowLabel.parse(List.of("301", "01", "01"), ECONOMIC).badCode()).isEqualTo("3010101");
        assertThat(RowLabel.parse(List.of("301", "01", "01"), ECONOMIC).code()).isNull();
    }

    @Test
    void digitsThatStartANameAreNotACode() {
        assertThat(RowLabel.parse(List.of("2026 年新增项目"), FUNCTION))
                .isEqualTo(new RowLabel(null, "2026年新增项目", null));
    }
}
