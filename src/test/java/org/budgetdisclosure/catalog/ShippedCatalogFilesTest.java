package org.budgetdisclosure.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The shipped CSV files themselves, read raw: every row says where it comes from and how sure it is. */
class ShippedCatalogFilesTest {

    private static List<CSVRecord> rows(String resource) throws IOException {
        try (InputStream in = ShippedCatalogFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }

    @Test
    void everyShippedRowHasASourceAndAKnownVerification() throws IOException {
        for (int year : Catalogs.shippedYears()) {
            for (String file : List.of("function.csv", "economic.csv")) {
                List<CSVRecord> rows = rows("/catalog/" + year + "/" + file);
                assertThat(rows).as(file).isNotEmpty();
                assertThat(rows.get(0).getParser().getHeaderNames())
                        .containsSubsequence("code", "name", "level", "parent", "source", "verified");
                for (CSVRecord r : rows) {
                    assertThat(r.get("source")).as(file + " " + r.get("code")).isNotBlank();
                    assertThat(Verification.fromLabel(r.get("verified"))).as(file + " " + r.get("code")).isPresent();
                }
            }
        }
    }

    @Test
    void aRowFromMemoryAloneIsNeverMarkedVerified() throws IOException {
        for (String file : List.of("function.csv", "economic.csv")) {
            for (CSVRecord r : rows("/catalog/2026/" + file)) {
                if (r.get("source").equals("knowledge")) {
                    assertThat(r.get("verified")).as(r.get("code")).isEqualTo("unverified");
                }
                if (r.get("verified").equals("yes")) {
                    assertThat(r.get("source")).as(r.get("code")).containsAnyOf("seed2026", "tpl2024");
                }
            }
        }
    }

    @Test
    void observedFunctionRowsSayInHowManyDocumentsTheyWereSeen() throws IOException {
        List<CSVRecord> rows = rows("/catalog/2026/function.csv");
        assertThat(rows).filteredOn(r -> r.get("verified").equals("observed"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("source")).matches(".*observed:\\d+ docs.*"));
    }

    @Test
    void theShippedSetsReadWithoutAnyProblem() {
        // builtIn fails loudly on a shipped file with problems (duplicate, missing parent, bad code).
        Catalog c = Catalogs.builtIn(2026).orElseThrow();
        assertThat(c.function().size()).isEqualTo(121);
        assertThat(c.economic().size()).isEqualTo(110);
        assertThat(c.function().entries()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }
}
