/**
 * The embedded SFTP server partners drop their filings on.
 *
 * <p>{@link org.borderedi.gateway.sftp.EmbeddedSftpServer} logs partners in from the registry and jails each in
 * {@link org.borderedi.gateway.sftp.PartnerFolders#root()}; the intake polls
 * {@link org.borderedi.gateway.sftp.PartnerFolders#inbound()} and asks the shared
 * {@link org.borderedi.gateway.sftp.UploadTracker} whether a file is still being written, or was refused, before it
 * takes the file.
 */
package org.borderedi.gateway.sftp;
