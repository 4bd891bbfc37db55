package org.borderedi.gateway.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * File operations that leave either the old state or the complete new state behind when the process dies midway:
 * content is written under a temporary name, forced to disk, then renamed into place.
 */
final class DurableFiles {

    private DurableFiles() {
    }

    /** Writes the stream's bytes to {@code target}, replacing it whole; returns the number of bytes written. */
    static long write(Path target, InputStream content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = temporaryBeside(target);
        long size;
        try (FileChannel channel = FileChannel.open(temporary,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            size = content.transferTo(out);
            out.flush();
            channel.force(true);
        }
        rename(temporary, target);
        return size;
    }

    static void write(Path target, String text) throws IOException {
        write(target, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Moves {@code source} to {@code target}: an atomic rename on one file system; across file systems a durable copy
     * under the final name, then the source is deleted (after a crash in between, both exist and the target is whole).
     */
    static void move(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(target.getParent());
        } catch (AtomicMoveNotSupportedException e) {
            try (InputStream in = Files.newInputStream(source)) {
                write(target, in);
            }
            Files.delete(source);
        }
    }

    private static void rename(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target.getParent());
    }

    /** Makes a rename in this directory durable (Linux allows fsync on a directory; elsewhere it is best effort). */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a directory as a channel; its renames are journaled by NTFS anyway
        }
    }

    private static Path temporaryBeside(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }
}
