package org.borderedi.gateway.sftp;

import java.nio.file.AccessDeniedException;

/**
 * A request the server refuses on purpose: the client receives "permission denied" with this exception's message,
 * which names the rule, so a partner can tell a refusal from a failure.
 */
final class SftpRefusal extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    SftpRefusal(String message) {
        super(null, null, message);
    }
}
