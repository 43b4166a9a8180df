package org.budgetdisclosure.ingest.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Assets;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.VehicleGroup;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.model.budget.BudgetLine;
import org.budgetdisclosure.model.budget.Department;
import org.budgetdisclosure.model.budget.DepartmentGoal;
import org.budgetdisclosure.model.budget.FundingSource;
import org.budgetdisclosure.model.budget.Nature;
import org.budgetdisclosure.model.budget.PriorFigure;
import org.budgetdisclosure.model.budget.ProcurementPlan;
import org.budgetdisclosure.model.budget.Project;

/**
 * Reads a budget file (docs/budget-format.md) into a {@link Budget}. Input that is not a JSON object is
 * unreadable; anything else wrong is a diagnostic at its JSON path, and a line that cannot be used is
 * left out so that the rest can still be computed and checked.
 */
public final class BudgetJsonReader {

    /** Economic 类 the disclosure tables have columns for (表7). */
    private static final Set<String> ECONOMIC_CLASSES = Set.of("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public Parsed<Budget> read(String source, byte[] bytes) throws UnreadableInputException {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new UnreadableInputException(source, "不是 JSON：" + e.getOriginalMessage() + "（第 " + e.getLocation().getLineNr() + " 行）");
        } catch (IOException e) {
            throw new UnreadableInputException(source, "无法读取：" + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableInputException(source, "预算文件应为一个 JSON 对象");
        }
        return read(source, root, Places.JSON);
    }

    /**
     * Reads a budget from a JSON tree built by another reader (the XLSX workbook's), whose diagnostics name
     * the places {@code places} maps the JSON paths to. The tree is checked exactly as a JSON file is.
     */
    public Parsed<Budget> read(String source, JsonNode root, Places places) {
        return new Run(source, places).read(root);
    }

    /** One reading: the fields with their diagnostics. */
    private static final class Run {

        private final JsonFields f;
        private final String source;

        Run(String source, Places places) {
            this.f = new JsonFields(source, places);
            this.source = source;
        }

        Parsed<Budget> read(JsonNode root) {
            Department dept = department(root);
            Map<String, String> names = stringMap(root, "$", "names");
            Catalog catalog = Catalogs.builtIn(dept.year()).orElse(null);
            List<Project> projects = projects(root);
            List<BudgetLine> lines = lines(root, projects, names, catalog);
            Budget b = new Budget(dept, lines, projects, target(root), lastYear(root), names, stringMap(root, "$", "purposes"),
                    f.money(root, "$", "runningCosts", false).orElse(null), procurement(root), assets(root),
                    f.text(root, "$", "otherNotes").orElse(null), glossary(root));
            return new Parsed<>(b, f.diagnostics());
        }

        private Department department(JsonNode root) {
            String path = "$.department";
            Optional<JsonNode> d = f.object(root, "$", "department");
            if (d.isEmpty()) {
                f.error("BUDGET-FIELD", path, "缺少部门信息（name、year）");
                return new Department("", 0, List.of(), null, List.of(), true, null);
            }
            JsonNode n = d.get();
            String name = f.requiredText(n, path, "name").orElse("");
            int year = f.integer(n, path, "year").orElse(0);
            if (year == 0) {
                f.error("BUDGET-FIELD", JsonFields.at(path, "year"), "缺少预算年度");
            }
            return new Department(name, year, f.texts(n, path, "duties"), f.text(n, path, "organisation").orElse(null),
                    f.texts(n, path, "subordinateUnits"), f.bool(n, path, "administrative").orElse(true),
                    f.date(n, path, "signedOn").orElse(null));
        }

        private List<BudgetLine> lines(JsonNode root, List<Project> projects, Map<String, String> names, Catalog catalog) {
            Set<String> projectNames = new HashSet<>();
            projects.forEach(p -> projectNames.add(p.name()));
            List<JsonNode> nodes = f.array(root, "$", "lines");
            if (nodes.isEmpty()) {
                f.error("BUDGET-FIELD", "$.lines", "没有任何预算明细");
            }
            List<BudgetLine> out = new ArrayList<>();
            Set<String> reportedNames = new HashSet<>();
            for (int i = 0; i < nodes.size(); i++) {
                line(nodes.get(i), JsonFields.at("$.lines", i), projectNames, names, catalog, reportedNames).ifPresent(out::add);
            }
            return out;
        }

        /** One line, or empty when it cannot be used (each reason reported). */
        private Optional<BudgetLine> line(JsonNode n, String path, Set<String> projects, Map<String, String> names, Catalog catalog,
                                          Set<String> reportedNames) {
            if (!n.isObject()) {
                f.error("BUDGET-FIELD", path, "应为对象");
                return Optional.empty();
            }
            Optional<String> function = code(n, path, "function", ClassificationCode.Scheme.FUNCTION, 7, "项", names, catalog, reportedNames);
            Optional<String> economic = code(n, path, "economic", ClassificationCode.Scheme.ECONOMIC, 5, "款", names, catalog, reportedNames);
            Optional<String> sourceText = f.requiredText(n, path, "source");
            FundingSource source = sourceText.map(FundingSource::byName).orElse(null);
            if (sourceText.isPresent() && source == null) {
                f.error("BUDGET-SOURCE", JsonFields.at(path, "source"), "未知的资金来源“" + sourceText.get() + "”，应为："
                        + String.join("、", java.util.Arrays.stream(FundingSource.values()).map(FundingSource::chinese).toList()));
            }
            Optional<String> natureText = f.requiredText(n, path, "nature");
            Nature nature = natureText.map(Nature::byName).orElse(null);
            if (natureText.isPresent() && nature == null) {
                f.error("BUDGET-NATURE", JsonFields.at(path, "nature"), "未知的支出性质“" + natureText.get() + "”，应为人员经费、公用经费或项目支出");
            }
            String project = f.text(n, path, "project").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
            Optional<Money> amount = f.money(n, path, "amount", true);
            if (nature == Nature.PROJECT && project == null) {
                f.error("BUDGET-PROJECT", JsonFields.at(path, "project"), "项目支出应写明所属项目");
                return Optional.empty();
            }
            if (nature != null && nature.isBasic() && project != null) {
                f.warning("BUDGET-PROJECT", JsonFields.at(path, "project"), "基本支出不属于项目，项目“" + project + "”已忽略");
                project = null;
            }
            if (project != null && !projects.contains(project)) {
                f.warning("BUDGET-PROJECT", JsonFields.at(path, "project"), "项目“" + project + "”不在 " + f.places().part("projects")
                        + " 中，将没有项目说明和绩效目标");
            }
            if (function.isEmpty() || economic.isEmpty() || source == null || nature == null || amount.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new BudgetLine(function.get(), economic.get(), source, nature, project, amount.get()));
        }

        private Optional<String> code(JsonNode n, String path, String field, ClassificationCode.Scheme scheme, int digits,
                                      String level, Map<String, String> names, Catalog catalog, Set<String> reportedNames) {
            Optional<String> text = f.requiredText(n, path, field);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String code = text.get().replaceAll("\\s", "");
            String where = JsonFields.at(path, field);
            if (!code.matches("\\d{" + digits + "}")) {
                f.error("BUDGET-CODE", where, "“" + text.get() + "”不是" + digits + "位的" + (scheme == ClassificationCode.Scheme.FUNCTION
                        ? "支出功能分类" : "经济分类") + level + "级科目代码");
                return Optional.empty();
            }
            if (scheme == ClassificationCode.Scheme.ECONOMIC && !ECONOMIC_CLASSES.contains(code.substring(0, 3))) {
                f.error("BUDGET-CODE", where, "经济分类类“" + code.substring(0, 3)
                        + "”不是部门预算支出经济分类的类（301、302、303、307、309、310、311、312、313、399）");
                return Optional.empty();
            }
            if (catalog != null) {
                ClassificationCode c = new ClassificationCode(scheme, code);
                for (ClassificationCode k = c; k != null; k = k.parent().orElse(null)) {
                    if (!catalog.find(k).isPresent() && !names.containsKey(k.digits()) && reportedNames.add(k.digits())) {
                        f.warning("BUDGET-CODE-NAME", where, "科目“" + k.digits() + "”不在" + catalog.classification(scheme).description()
                                + "中，请在 " + f.places().part("names") + " 中给出其名称");
                    }
                }
            }
            return Optional.of(code);
        }

        private List<Project> projects(JsonNode root) {
            List<Project> out = new ArrayList<>();
            List<JsonNode> nodes = f.array(root, "$", "projects");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < nodes.size(); i++) {
                String path = JsonFields.at("$.projects", i);
                JsonNode n = nodes.get(i);
                Optional<String> name = f.requiredText(n, path, "name").map(String::strip);
                if (name.isEmpty()) {
                    continue;
                }
                if (!seen.add(name.get())) {
                    f.error("BUDGET-PROJECT", JsonFields.at(path, "name"), "项目“" + name.get() + "”重复");
                    continue;
                }
                List<AllocationPart> parts = new ArrayList<>();
                List<JsonNode> partNodes = f.array(n, path, "allocation");
                for (int j = 0; j < partNodes.size(); j++) {
                    String pp = JsonFields.at(JsonFields.at(path, "allocation"), j);
                    Optional<String> label = f.requiredText(partNodes.get(j), pp, "label");
                    Optional<Money> amount = f.money(partNodes.get(j), pp, "amount", true);
                    if (label.isPresent() && amount.isPresent()) {
                        parts.add(new AllocationPart(label.get(), amount.get()));
                    }
                }
                out.add(new Project(name.get(), f.text(n, path, "function").orElse(null), f.text(n, path, "policyBasis").orElse(null),
                        f.text(n, path, "unit").orElse(null), parts, f.text(n, path, "allocationNote").orElse(null),
                        f.date(n, path, "start").orElse(null), f.date(n, path, "end").orElse(null),
                        f.text(n, path, "manager").orElse(null), f.text(n, path, "goal").orElse(null), indicators(n, path)));
            }
            return out;
        }

        private List<Indicator> indicators(JsonNode parent, String path) {
            List<Indicator> out = new ArrayList<>();
            List<JsonNode> nodes = f.array(parent, path, "indicators");
            for (int i = 0; i < nodes.size(); i++) {
                String p = JsonFields.at(JsonFields.at(path, "indicators"), i);
                JsonNode n = nodes.get(i);
                Optional<String> value = f.requiredText(n, p, "value");
                out.add(new Indicator(f.text(n, p, "level1").orElse(null), f.text(n, p, "level2").orElse(null),
                        f.requiredText(n, p, "level3").orElse(null), value.map(IndicatorValueText::parse).orElse(null),
                        f.text(n, p, "basis").orElse(null), f.text(n, p, "lastYear").orElse(null),
                        f.decimal(n, p, "weight").orElse(null), f.text(n, p, "scoringRule").orElse(null),
                        f.text(n, p, "evidence").orElse(null), null));
            }
            return out;
        }

        private DepartmentGoal target(JsonNode root) {
            return f.object(root, "$", "target").map(n -> new DepartmentGoal(f.text(n, "$.target", "contact").orElse(null),
                    f.text(n, "$.target", "phone").orElse(null), f.text(n, "$.target", "goal").orElse(null),
                    indicators(n, "$.target"))).orElse(null);
        }

        private Map<String, PriorFigure> lastYear(JsonNode root) {
            Map<String, PriorFigure> out = new LinkedHashMap<>();
            Optional<JsonNode> o = f.object(root, "$", "lastYear");
            if (o.isEmpty()) {
                return out;
            }
            o.get().fields().forEachRemaining(e -> {
                String path = JsonFields.at("$.lastYear", e.getKey());
                JsonNode n = e.getValue();
                if (!n.isObject()) {
                    f.error("BUDGET-FIELD", path, "应为对象 {\"amount\": …, \"reason\": …}");
                    return;
                }
                f.money(n, path, "amount", true).ifPresent(m -> out.put(e.getKey(), new PriorFigure(m, f.text(n, path, "reason").orElse(null))));
            });
            return out;
        }

        private Map<String, String> stringMap(JsonNode root, String path, String field) {
            Map<String, String> out = new LinkedHashMap<>();
            f.object(root, path, field).ifPresent(o -> o.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    out.put(e.getKey(), e.getValue().asText());
                } else {
                    f.error("BUDGET-FIELD", JsonFields.at(JsonFields.at(path, field), e.getKey()), "应为文字");
                }
            }));
            return out;
        }

        private ProcurementPlan procurement(JsonNode root) {
            return f.object(root, "$", "procurement").map(n -> {
                String p = "$.procurement";
                return new ProcurementPlan(f.money(n, p, "goods", false).orElse(Money.ZERO), f.money(n, p, "works", false).orElse(Money.ZERO),
                        f.money(n, p, "services", false).orElse(Money.ZERO), f.money(n, p, "smeReserve", false).orElse(Money.ZERO),
                        f.money(n, p, "smallMicroReserve", false).orElse(Money.ZERO));
            }).orElse(null);
        }

        private Assets assets(JsonNode root) {
            return f.object(root, "$", "assets").map(n -> {
                String p = "$.assets";
                List<VehicleGroup> groups = new ArrayList<>();
                List<JsonNode> g = f.array(n, p, "vehicleGroups");
                for (int i = 0; i < g.size(); i++) {
                    String gp = JsonFields.at(JsonFields.at(p, "vehicleGroups"), i);
                    groups.add(new VehicleGroup(f.requiredText(g.get(i), gp, "type").orElse(""), f.integer(g.get(i), gp, "count").orElse(0),
                            f.money(g.get(i), gp, "value", false).orElse(Money.ZERO)));
                }
                return new Assets(f.text(n, p, "asOf").orElse(null), f.decimal(n, p, "buildingArea").orElse(null),
                        f.money(n, p, "buildingValue", false).orElse(null), f.integer(n, p, "vehicles").orElse(null),
                        f.money(n, p, "vehicleValue", false).orElse(null), groups, f.money(n, p, "furnitureValue", false).orElse(null),
                        f.money(n, p, "otherValue", false).orElse(null), f.integer(n, p, "largeEquipment50").orElse(null),
                        f.integer(n, p, "largeEquipment100").orElse(null), f.text(n, p, "planned").orElse(null), null);
            }).orElse(null);
        }

        private List<GlossaryTerm> glossary(JsonNode root) {
            List<GlossaryTerm> out = new ArrayList<>();
            List<JsonNode> nodes = f.array(root, "$", "glossary");
            for (int i = 0; i < nodes.size(); i++) {
                String p = JsonFields.at("$.glossary", i);
                Optional<String> term = f.requiredText(nodes.get(i), p, "term");
                Optional<String> def = f.requiredText(nodes.get(i), p, "definition");
                if (term.isPresent() && def.isPresent()) {
                    out.add(new GlossaryTerm(out.size() + 1, term.get(), def.get(), SourceRef.generated(source)));
                }
            }
            return out;
        }
    }
}
