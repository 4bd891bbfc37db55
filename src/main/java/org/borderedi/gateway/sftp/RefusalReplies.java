package org.borderedi.gateway.sftp;

import org.apache.sshd.sftp.common.SftpHelper;
import org.apache.sshd.sftp.server.SftpErrorStatusDataHandler;
import org.apache.sshd.sftp.server.SftpSubsystemEnvironment;

/**
 * Chooses the text of SFTP error replies: the reason for our own refusals, and only the generic status text for any
 * other failure, whose message may name paths on the host.
 */
final class RefusalReplies implements SftpErrorStatusDataHandler {

    @Override
    public String resolveErrorMessage(
            SftpSubsystemEnvironment subsystem, int id, Throwable failure, int subStatus, int cmd, Object... args) {
        if (failure instanceof SftpRefusal refusal) {
            return refusal.getMessage();
        }
        return SftpHelper.resolveStatusMessage(subStatus);
    }
}
