package org.borderedi.gateway.sftp;

import java.io.IOException;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.server.SftpEventListener;

/**
 * Refuses the SFTP extensions that copy data on the server ("copy-file", "copy-data"): filings arrive by upload, and
 * every other way of writing is one more to guard.
 */
final class ServerSideCopyGuard implements SftpEventListener {

    @Override
    public void receivedExtension(ServerSession session, String extension, int id) throws IOException {
        if (SftpConstants.EXT_COPY_DATA.equals(extension) || SftpConstants.EXT_COPY_FILE.equals(extension)) {
            throw PartnerFolderGuard.refuse(session, "files cannot be copied on the server; upload them instead");
        }
    }
}
