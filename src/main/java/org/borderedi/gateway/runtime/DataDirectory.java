package org.borderedi.gateway.runtime;

import java.nio.file.Path;

/**
 * The one directory where the gateway keeps state that must survive a restart: the broker's store, the SFTP host
 * key and partner folders, the archive, the error area and intake's working folders.
 */
public record DataDirectory(Path root) {

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public Path broker() {
        return root.resolve("broker");
    }

    /** The embedded journal database. */
    public Path journal() {
        return root.resolve("journal");
    }

    public Path sftpHostKey() {
        return root.resolve("sftp").resolve("host-key");
    }

    /** Each embedded-SFTP partner's root, holding its inbound/ and outbound/ folders. */
    public Path partnerFolders() {
        return root.resolve("sftp").resolve("partners");
    }

    /** Downloads from partners' own servers, waiting to be claimed. */
    public Path staging() {
        return root.resolve("intake").resolve("staging");
    }

    /** Camel's download folder for partners' own servers. */
    public Path downloads() {
        return root.resolve("intake").resolve("downloads");
    }

    /** One known_hosts file per remote partner, holding the host key pinned in the registry. */
    public Path knownHosts() {
        return root.resolve("intake").resolve("known-hosts");
    }

    /** Answers written, waiting to be renamed into a partner's folder (same file system as the partner folders). */
    public Path outboundPending() {
        return root.resolve("outbound").resolve("pending");
    }

    /** Per partner with its own SFTP server, the answers its upload route sends from. */
    public Path outboundRemote() {
        return root.resolve("outbound").resolve("remote");
    }
}
