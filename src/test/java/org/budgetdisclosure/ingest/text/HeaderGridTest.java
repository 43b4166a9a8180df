package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderGridTest {

    @Test
    void aMergedHeadingCoversTheColumnsToItsRightButNotPastItsParent() {
        List<HeaderGrid.Position> grid = HeaderGrid.of(List.of(
                List.of("项目", "合计", "财政拨款", "", "", "非财政拨款"),
                List.of("", "", "基本支出", "", "项目支出", "基本支出"),
                List.of("", "", "人员经费", "公用经费", "", "人员经费")));

        assertThat(grid).extracting(HeaderGrid.Position::path).containsExactly(
                List.of("项目"),
                List.of("合计"),
                List.of("财政拨款", "基本支出", "人员经费"),
                List.of("财政拨款", "基本支出", "公用经费"),
                List.of("财政拨款", "项目支出"),
                List.of("非财政拨款", "基本支出", "人员经费"));
    }

    @Test
    void headingsAreJoinedWhereThePdfBrokeTheirLines() {
        List<HeaderGrid.Position> grid = HeaderGrid.of(List.of(List.of("上级一般 公共预算 安排的转 移支付")));

        assertThat(grid.get(0).leaf()).isEqualTo("上级一般公共预算安排的转移支付");
        assertThat(grid.get(0).normPath()).containsExactly("上级一般公共预算安排转移支付");
    }
}
