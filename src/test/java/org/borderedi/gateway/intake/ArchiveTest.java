package org.borderedi.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

    @TempDir
    Path data;

    private final String receiptId = ReceiptIds.next(Instant.parse("2026-11-22T14:12:33.512Z"));

    @Test
    void files_a_receipt_under_partner_and_day_of_receipt() {
        Path archived = new Archive(data).locate("acme", receiptId);
        assertEquals(data.resolve("archive/acme/2026/11/22/" + receiptId), archived);
    }

    @Test
    void moves_a_file_in_once_and_finds_it_done_the_second_time() throws Exception {
        Archive archive = new Archive(data);
        Path dropped = Files.writeString(data.resolve("drop.edi"), "ISA*00*...~");
        Path archived = archive.moveIn(dropped, "acme", receiptId);
        assertFalse(Files.exists(dropped));
        assertEquals("ISA*00*...~", Files.readString(archived));
        assertEquals(archived, archive.moveIn(dropped, "acme", receiptId)); // a redelivered claim
    }

    @Test
    void seals_the_file_with_its_sha256_in_sha256sum_format() throws Exception {
        Archive archive = new Archive(data);
        Path archived = archive.store(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), "acme", receiptId);
        String sha256 = archive.seal(archived);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", sha256);
        assertEquals(sha256 + "  " + receiptId + "\n", Files.readString(archived.resolveSibling(receiptId + ".sha256")));
    }

    @Test
    void reads_a_filing_back_by_its_reference() throws Exception {
        Archive archive = new Archive(data);
        Path archived = archive.store(new ByteArrayInputStream(new byte[] {1, 2, 3}), "acme", receiptId);
        String reference = archive.reference(archived);
        assertEquals("archive/acme/2026/11/22/" + receiptId, reference);
        try (InputStream in = archive.open(reference)) {
            assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
        }
    }

    @Test
    void refuses_references_and_receipt_ids_that_lead_outside_the_archive() {
        Archive archive = new Archive(data);
        assertThrows(IllegalArgumentException.class, () -> archive.open("archive/../error/acme/x"));
        assertThrows(IllegalArgumentException.class, () -> archive.open("/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> archive.locate("acme", "../../etc/passwd"));
    }
}
