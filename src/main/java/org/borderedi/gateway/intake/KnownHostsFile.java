package org.borderedi.gateway.intake;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a remote partner's pinned host key as the known_hosts file its SFTP endpoint checks the server against. */
final class KnownHostsFile {

    private KnownHostsFile() {
    }

    static Path write(Path directory, String partnerId, String knownHostLine) throws IOException {
        Path file = directory.resolve(partnerId);
        DurableFiles.write(file, knownHostLine + "\n");
        return file;
    }
}
