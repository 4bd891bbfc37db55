package org.borderedi.gateway.edi.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 309 and 358 schemas of mappings/x12 load, from the working directory or the jar, and know their loops. */
class X12SchemasTest {

    private final X12Schemas schemas = X12Schemas.load();

    @Test
    void loads_the_309_and_358_and_nothing_else() {
        assertTrue(schemas.forType("309").isPresent());
        assertTrue(schemas.forType("358").isPresent());
        assertFalse(schemas.forType("310").isPresent());
    }

    @Test
    void knows_the_loop_each_segment_belongs_to() {
        assertNull(schemas.loopOf("309", "M10"));
        assertEquals("P4", schemas.loopOf("309", "P4"));
        assertEquals("LX", schemas.loopOf("309", "M11"));
        assertEquals("N1", schemas.loopOf("309", "N3"));
        assertEquals("H1", schemas.loopOf("309", "H2"));
        assertEquals("MBL", schemas.loopOf("358", "M13"));
        assertEquals("NM1", schemas.loopOf("358", "DMG"));
    }

    @Test
    void tells_segments_of_another_set_from_unknown_ones() {
        assertTrue(schemas.definesSegment("358", "NM1"));
        assertFalse(schemas.definesSegment("309", "NM1"));
        assertTrue(schemas.isKnownSegment("NM1"));
        assertFalse(schemas.isKnownSegment("ZZZ"));
    }

    @Test
    void loads_the_packaged_copies_where_the_working_directory_has_no_mappings(@TempDir Path directory) {
        X12Schemas packaged = X12Schemas.load(new ProjectFolders(directory));

        assertEquals("LX", packaged.loopOf("309", "M11"));
    }

    @Test
    void says_which_mapping_is_missing(@TempDir Path directory) throws Exception {
        Files.createDirectories(directory.resolve("mappings/x12"));

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> X12Schemas.load(new ProjectFolders(directory)));

        assertEquals("mappings/x12/309-004010.xml is missing", missing.getMessage());
    }
}
