package org.borderedi.gateway.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder layout the server and the intake share. */
class PartnerFoldersTest {

    @TempDir
    Path partnersRoot;

    @Test
    void puts_inbound_and_outbound_under_the_partner_id() {
        PartnerFolders acme = PartnerFolders.of(partnersRoot, "acme");
        assertEquals(partnersRoot.resolve("acme"), acme.root());
        assertEquals(partnersRoot.resolve("acme/inbound"), acme.inbound());
        assertEquals(partnersRoot.resolve("acme/outbound"), acme.outbound());
    }

    @Test
    void creates_both_folders_and_accepts_being_run_again() {
        PartnerFolders acme = PartnerFolders.of(partnersRoot, "acme");
        acme.create();
        acme.create();
        assertTrue(Files.isDirectory(acme.inbound()));
        assertTrue(Files.isDirectory(acme.outbound()));
    }

    @Test
    void refuses_a_partner_id_that_is_not_a_plain_folder_name() {
        for (String id : new String[] {"..", "../bravo", "a/b", "/etc", "", " acme"}) {
            assertThrows(IllegalArgumentException.class, () -> PartnerFolders.of(partnersRoot, id), id);
        }
    }
}
