package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;

class AllocationReaderTest {

    @Test
    void readsPartsNamedBeforeTheirAmounts() {
        AllocationReader.Allocation a = AllocationReader.read("电子政务运行维护83万元，无纸办公系统4.74万元。");

        assertThat(a.statedTotal()).isNull();
        assertThat(a.parts()).containsExactly(new AllocationPart("电子政务运行维护", Money.of("83")),
                new AllocationPart("无纸办公系统", Money.of("4.74")));
    }

    @Test
    void readsTheStatedTotalNumberedPartsAndAnAmountNamedOnlyByItsUse() {
        AllocationReader.Allocation a = AllocationReader.read(ProseText.clean("本项目资金共计50万元，主要用于以下几个方面：1.互联网费用：4.8万元用于支付互联网费用。"
                + "2.慰问费用：10万元用于慰问基层干部，共计10次。3. 外出培训考察费用：20 万元用于外出考察。4. 外事经费：15.2 万元用于外事服务。"
                + "具体包括更新指示牌 10 块。5 万元用于干部职工健康体检。"));

        assertThat(a.statedTotal()).isEqualTo(Money.of("50"));
        assertThat(a.parts()).extracting(AllocationPart::label)
                .containsExactly("互联网费用", "慰问费用", "外出培训考察费用", "外事经费", "干部职工健康体检");
        assertThat(a.parts()).extracting(AllocationPart::amount)
                .containsExactly(Money.of("4.80"), Money.of("10.00"), Money.of("20.00"), Money.of("15.20"), Money.of("5.00"));
    }

    @Test
    void amountsInYuanAreNotParts() {
        assertThat(AllocationReader.read("参加健康体检80人次，人均年度健康检测成625元。").parts()).isEmpty();
    }

    @Test
    void thresholdsAndChangesAreNotParts() {
        assertThat(AllocationReader.read("购置单价50万元以上设备0台，较上年增加5万元，设备费3万元。").parts())
                .containsExactly(new AllocationPart("设备费", Money.of("3")));
    }
}
