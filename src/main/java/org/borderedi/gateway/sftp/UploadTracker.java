package org.borderedi.gateway.sftp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the SFTP server knows about uploads in progress, shared with the intake so that it never picks up a file a
 * partner is still writing, nor one whose upload the server refused.
 *
 * <p>Files are keyed by their real, absolute, normalized path on the default file system (the folder's real path
 * plus the file name), whichever spelling of the path a caller passes.
 */
public final class UploadTracker {

    private final Map<Path, Integer> writers = new ConcurrentHashMap<>();
    private final Map<Path, String> refusals = new ConcurrentHashMap<>();

    /** Whether any SFTP session holds a handle on this file opened for writing. */
    public boolean isBeingWritten(Path file) {
        return writers.containsKey(key(file));
    }

    /** Why an upload into this file was refused, until {@link #forget(Path)} is called for it. */
    public Optional<String> refusal(Path file) {
        return Optional.ofNullable(refusals.get(key(file)));
    }

    /** Drops the refusal recorded for this file, once the intake has dealt with it. */
    public void forget(Path file) {
        refusals.remove(key(file));
    }

    /** Records that a handle on this file is open for writing, until the returned handle is closed. */
    public WriteHandle startWriting(Path file) {
        Path key = key(file);
        writers.merge(key, 1, Integer::sum);
        return new WriteHandle(key);
    }

    /** Records why an upload into this file was refused; the first reason given is kept. */
    public void refuse(Path file, String reason) {
        refusals.putIfAbsent(key(file), Objects.requireNonNull(reason, "reason"));
    }

    private void finishWriting(Path key) {
        writers.computeIfPresent(key, (k, count) -> count == 1 ? null : count - 1);
    }

    private static Path key(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null) {
            return absolute;
        }
        try {
            return folder.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }

    /** One open write handle; closing it more than once has no further effect. */
    public final class WriteHandle implements AutoCloseable {

        private final Path file;
        private final AtomicBoolean closed = new AtomicBoolean();

        private WriteHandle(Path file) {
            this.file = file;
        }

        /** The file as the tracker keys it. */
        public Path file() {
            return file;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                finishWriting(file);
            }
        }
    }
}
