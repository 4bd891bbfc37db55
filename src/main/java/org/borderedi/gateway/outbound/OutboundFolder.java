package org.borderedi.gateway.outbound;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Puts documents into a folder a partner reads, so that a document appears whole and at most once: it is first
 * written durably to a pending area of ours that the partner cannot see, then renamed into the folder in one atomic
 * step. The pending area and the folder must be on the same file system.
 */
final class OutboundFolder {

    private final Path pending;
    private final Path folder;

    OutboundFolder(Path pending, Path folder) {
        this.pending = pending;
        this.folder = folder;
    }

    /** Step 1: the whole document, forced to disk, under its final name in the pending area. */
    void stage(String fileName, String content) throws IOException {
        Files.createDirectories(pending);
        try (FileChannel channel = FileChannel.open(pendingFile(fileName), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /**
     * Step 2 (after the journal has committed the delivery): moves a staged document into the folder. Returns false
     * when there was nothing staged (published before).
     */
    boolean publish(String fileName) throws IOException {
        Path staged = pendingFile(fileName);
        if (!Files.exists(staged)) {
            return false;
        }
        Files.createDirectories(folder);
        try {
            Files.move(staged, folder.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the pending area " + pending + " and " + folder + " must be on one file system", e);
        }
    }

    Path folder() {
        return folder;
    }

    private Path pendingFile(String fileName) {
        if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a document name: " + fileName);
        }
        return pending.resolve(fileName);
    }
}
