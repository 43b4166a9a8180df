package org.budgetdisclosure.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdisclosure.catalog.NameCheck.Outcome;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.junit.jupiter.api.Test;

class NamesAndCodesTest {

    @Test
    void aNameKeyIgnoresLineBreakSpacesAndBracketWidth() {
        assertThat(Names.key("政府办公厅(室)及相关机 构事务")).isEqualTo(Names.key("政府办公厅（室）及相关机构事务"));
        assertThat(Names.key("因公出国（境）费用")).isEqualTo(Names.key("因公出国(境)费用"));
        assertThat(Names.key("机关事业单位基本养老保险缴费\u3000支出")).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(Names.key("７Ｘ24 小时")).isEqualTo("7X24小时");
        assertThat(Names.key("行政运行")).isNotEqualTo(Names.key("事业运行"));
        assertThat(Names.key(null)).isEmpty();
    }

    @Test
    void aCodeMayBeSplitBySpacesOrWrittenInFullWidthDigits() {
        assertThat(Codes.parse(Scheme.FUNCTION, "201 03 01")).contains(ClassificationCode.function("2010301"));
        assertThat(Codes.parse(Scheme.FUNCTION, "２０１０３")).contains(ClassificationCode.function("20103"));
        assertThat(Codes.parse(Scheme.ECONOMIC, "302\u300031")).contains(ClassificationCode.economic("30231"));
        assertThat(Codes.parse(Scheme.ECONOMIC, "3023101")).isEmpty();
        assertThat(Codes.parse(Scheme.FUNCTION, "2010")).isEmpty();
        assertThat(Codes.parse(Scheme.FUNCTION, "201-03")).isEmpty();
        assertThat(Codes.parse(Scheme.FUNCTION, " ")).isEmpty();
    }

    private static final Classification SMALL = Classification.of(Scheme.FUNCTION, "test", false, List.of(
            Entry.of(ClassificationCode.function("208"), "社会保障和就业支出", "t", Verification.SUPPLIED),
            Entry.of(ClassificationCode.function("20805"), "行政事业单位养老支出", "t", Verification.SUPPLIED),
            Entry.of(ClassificationCode.function("2080505"), "机关事业单位基本养老保险缴费支出", "t", Verification.SUPPLIED)));

    @Test
    void aCheckTellsACutNameFromAnotherNameAndAnUnknownCode() {
        assertThat(SMALL.check("2080505", "机关事业单位基本养老保险缴费 支出").outcome()).isEqualTo(Outcome.SAME_NAME);
        // The PDF dropped the end of the name at a page break.
        assertThat(SMALL.check("2080505", "机关事业单位基本养老保险缴").outcome()).isEqualTo(Outcome.TRUNCATED_NAME);
        assertThat(SMALL.check("2080505", "机关事业单位职业年金缴费支出").outcome()).isEqualTo(Outcome.OTHER_NAME);
        assertThat(SMALL.check("2080505", "").outcome()).isEqualTo(Outcome.OTHER_NAME);
        assertThat(SMALL.check("2080506", "机关事业单位职业年金缴费支出").outcome()).isEqualTo(Outcome.NOT_IN_CATALOG);
        assertThat(SMALL.check("20805x", "x").outcome()).isEqualTo(Outcome.BAD_CODE);
        assertThat(SMALL.check(ClassificationCode.economic("301"), "工资福利支出").outcome()).isEqualTo(Outcome.BAD_CODE);
    }

    @Test
    void aClassificationRefusesTwoRowsForOneCode() {
        List<Entry> twice = List.of(
                Entry.of(ClassificationCode.economic("301"), "工资福利支出", "t", Verification.SUPPLIED),
                Entry.of(ClassificationCode.economic("301"), "工资福利", "t", Verification.SUPPLIED));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Classification.of(Scheme.ECONOMIC, "t", false, twice))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
