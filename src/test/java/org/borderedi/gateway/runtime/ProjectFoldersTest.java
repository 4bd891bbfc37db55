package org.borderedi.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFoldersTest {

    @TempDir
    Path workDir;

    @Test
    void reads_routes_and_mappings_from_the_working_directory_when_it_has_them() throws Exception {
        Files.createDirectories(workDir.resolve("routes"));
        Path xsd = Files.writeString(Files.createDirectories(workDir.resolve("mappings/canonical")).resolve("shipment.xsd"), "<xs:schema/>");
        ProjectFolders folders = new ProjectFolders(workDir);

        assertEquals("file:" + workDir.toAbsolutePath().normalize().resolve("routes") + "/*.yaml", folders.routesPattern());
        assertEquals(xsd.toUri().toURL(), folders.mapping("canonical/shipment.xsd").orElseThrow());
        assertTrue(folders.mapping("canonical/missing.xsd").isEmpty());
    }

    @Test
    void falls_back_to_the_copies_packaged_with_the_gateway() {
        ProjectFolders folders = new ProjectFolders(workDir);

        assertEquals("classpath:routes/*.yaml", folders.routesPattern());
        assertTrue(folders.mapping("README.md").orElseThrow().toString().endsWith("mappings/README.md"));
    }

    @Test
    void refuses_paths_that_leave_the_mappings_folder() {
        assertThrows(IllegalArgumentException.class, () -> new ProjectFolders(workDir).mapping("../pom.xml"));
    }
}
