package org.budgetdisclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void countsAddedAndRemovedLines() {
        assertThat(LineDiff.summary("a\nb\nc", "a\nB\nc\nd")).isEqualTo("+2 / −1 行");
    }

    @Test
    void sameContentIsUnchanged() {
        assertThat(LineDiff.summary("a\nb", "a\nb")).isEqualTo("内容未变");
    }

    @Test
    void repeatedLinesAreCountedEachTime() {
        assertThat(LineDiff.summary("x\nx", "x")).isEqualTo("+0 / −1 行");
    }
}
