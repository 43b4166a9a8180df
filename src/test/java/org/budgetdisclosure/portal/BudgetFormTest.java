package org.budgetdisclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String example() throws Exception {
        return Files.readString(Path.of("examples/changji-gov-office-2026.budget.json"), StandardCharsets.UTF_8);
    }

    @Test
    void showsTheExamplesReasonsAndProjects() throws Exception {
        BudgetForm.Values v = BudgetForm.of(example());
        assertThat(v.changes()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo("gpb");
            assertThat(c.label()).isEqualTo("一般公共预算拨款");
            assertThat(c.amount()).isEqualTo("1131.42");
        });
        assertThat(v.changes()).anySatisfy(c -> assertThat(c.label()).isEqualTo("功能分类项 2010301"));
        assertThat(v.projects()).extracting(BudgetForm.ProjectText::name).contains("电子政务维护费");
        assertThat(v.duties()).isNotBlank();
    }

    @Test
    void changesOnlyTheFormsFields() throws Exception {
        String before = example();
        String after = BudgetForm.apply(before, Map.of("reason.gpb", "  新的原因  ", "amount.gpb", "1,200.00",
                "project.0.manager", "张三", "otherNotes", "无"));
        JsonNode a = JSON.readTree(after);
        JsonNode b = JSON.readTree(before);
        assertThat(a.at("/lastYear/gpb/reason").asText()).isEqualTo("新的原因");
        assertThat(a.at("/lastYear/gpb/amount").asText()).isEqualTo("1,200.00");
        assertThat(a.at("/projects/0/manager").asText()).isEqualTo("张三");
        assertThat(a.at("/otherNotes").asText()).isEqualTo("无");
        // everything else untouched
        assertThat(a.get("lines")).isEqualTo(b.get("lines"));
        assertThat(a.at("/lastYear/basic")).isEqualTo(b.at("/lastYear/basic"));
        assertThat(a.at("/projects/0/policyBasis")).isEqualTo(b.at("/projects/0/policyBasis"));
    }

    @Test
    void refusesAnAmountThatIsNotMoneyNamingTheField() throws Exception {
        assertThatThrownBy(() -> BudgetForm.apply(example(), Map.of("amount.basic", "一千")))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("基本支出")
                .hasMessageContaining("一千");
    }

    @Test
    void dutiesAreOnePerLine() throws Exception {
        JsonNode a = JSON.readTree(BudgetForm.apply(example(), Map.of("duties", "甲\n\n 乙 \n")));
        assertThat(a.at("/department/duties")).hasSize(2);
        assertThat(a.at("/department/duties/1").asText()).isEqualTo("乙");
    }

    @Test
    void refusesTextThatIsNotABudgetObject() {
        assertThatThrownBy(() -> BudgetForm.of("[1,2]")).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> BudgetForm.of("{oops")).isInstanceOf(PortalException.class)
                .hasMessageContaining("JSON");
    }
}
