package org.borderedi.gateway.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tracker the intake consults before picking a file up. */
class UploadTrackerTest {

    @TempDir
    Path workDir;

    private final UploadTracker uploads = new UploadTracker();

    @Test
    void a_file_is_being_written_until_every_write_handle_is_closed() {
        Path file = workDir.resolve("x.edi");
        UploadTracker.WriteHandle first = uploads.startWriting(file);
        UploadTracker.WriteHandle second = uploads.startWriting(file);
        first.close();
        assertTrue(uploads.isBeingWritten(file));
        first.close();
        assertTrue(uploads.isBeingWritten(file), "closing a handle twice must not end another writer");
        second.close();
        assertFalse(uploads.isBeingWritten(file));
    }

    @Test
    void keeps_a_refusal_until_it_is_forgotten() {
        Path file = workDir.resolve("big.edi");
        assertEquals(Optional.empty(), uploads.refusal(file));
        uploads.refuse(file, "too big");
        uploads.refuse(file, "another reason");
        assertEquals(Optional.of("too big"), uploads.refusal(file));
        uploads.forget(file);
        assertEquals(Optional.empty(), uploads.refusal(file));
    }

    @Test
    void knows_a_file_by_any_spelling_of_its_folder() throws IOException {
        Path inbound = Files.createDirectories(workDir.resolve("partners/acme/inbound"));
        Path alias = Files.createSymbolicLink(workDir.resolve("alias"), workDir.resolve("partners"));
        uploads.startWriting(inbound.resolve("x.edi"));
        uploads.refuse(inbound.resolve("x.edi"), "too big");

        assertTrue(uploads.isBeingWritten(alias.resolve("acme/inbound/x.edi")));
        assertTrue(uploads.isBeingWritten(inbound.resolve("../inbound/./x.edi")));
        assertTrue(uploads.refusal(alias.resolve("acme/inbound/x.edi")).isPresent());
        assertFalse(uploads.isBeingWritten(inbound.resolve("y.edi")));
    }
}
