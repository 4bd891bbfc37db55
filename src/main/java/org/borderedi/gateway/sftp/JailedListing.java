package org.borderedi.gateway.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A folder listing that leaves out the entries leading out of the partner's root (links planted on disk), so that a
 * listing never shows, nor stats, anything outside it.
 */
final class JailedListing implements DirectoryStream<Path> {

    private final DirectoryStream<Path> entries;
    private final PartnerJail jail;

    JailedListing(DirectoryStream<Path> entries, PartnerJail jail) {
        this.entries = entries;
        this.jail = jail;
    }

    @Override
    public Iterator<Path> iterator() {
        Iterator<Path> all = entries.iterator();
        return new Iterator<>() {
            private Path next;

            @Override
            public boolean hasNext() {
                while (next == null && all.hasNext()) {
                    Path candidate = all.next();
                    if (inside(candidate)) {
                        next = candidate;
                    }
                }
                return next != null;
            }

            @Override
            public Path next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Path result = next;
                next = null;
                return result;
            }
        };
    }

    private boolean inside(Path entry) {
        try {
            return jail.contains(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        entries.close();
    }
}
