package org.borderedi.gateway.partners;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** How a partner hands us filings and receives our answers: exactly one channel per partner. */
public sealed interface Channel {

    /** A short name for logs and intake headers. */
    String name();

    /** The partner logs in to our embedded SFTP server and drops files in its own {@code inbound/} folder. */
    record EmbeddedSftp(String user, Login login) implements Channel {
        @Override
        public String name() {
            return "sftp";
        }
    }

    /**
     * We poll the partner's own SFTP server. The server's host key is pinned: we never connect to a host we do not
     * already know.
     *
     * @param knownHost    the server's line in OpenSSH known_hosts format ({@code [host]:port} for a port other than 22)
     * @param password     the password we log in with, if any
     * @param privateKey   the private key file we log in with, if any
     */
    record RemoteSftp(
            String host,
            int port,
            String user,
            Optional<Secret> password,
            Optional<Path> privateKey,
            String knownHost,
            String inboundDir,
            String outboundDir) implements Channel {
        @Override
        public String name() {
            return "remote-sftp";
        }
    }

    /**
     * The partner puts filings on its own queue and reads our answers from its reply queue; on the embedded broker
     * it logs in as {@code user} and may touch only those two queues.
     */
    record JmsQueues(String user, Optional<PasswordHash> passwordHash, String inboundQueue, String replyQueue)
            implements Channel {
        @Override
        public String name() {
            return "jms";
        }
    }

    /** How a partner proves who it is to our servers: a salted password hash, public keys, or both. */
    record Login(Optional<PasswordHash> passwordHash, List<String> publicKeys) {
        public Login {
            publicKeys = List.copyOf(publicKeys);
        }
    }
}
