package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/portal.md documents who may do what with the very table {@link RoleMatrixTest} checks. */
class PortalDocsTest {

    @Test
    void docsCarryTheRoleMatrixTheTestsCheck() throws IOException {
        String docs = Files.readString(Path.of("docs", "portal.md"), StandardCharsets.UTF_8);
        assertThat(docs).as("docs/portal.md has the role table of RoleMatrixTest, unchanged").contains(RoleMatrixTest.MATRIX.strip());
    }
}
