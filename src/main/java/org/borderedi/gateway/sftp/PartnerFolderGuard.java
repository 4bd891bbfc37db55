package org.borderedi.gateway.sftp;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.security.Principal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.DirectoryHandle;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces what a partner may do in its folder: keep inside its root (links included), write and rename only in
 * {@code inbound/}, delete only in {@code outbound/}, never create folders or links, never grow an upload past the
 * limit. It sits at SSHD's file system access points, so every SFTP request passes through it.
 */
final class PartnerFolderGuard implements SftpFileSystemAccessor {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerFolderGuard.class);
    private static final Set<String> TIMESTAMPS = Set.of("lastModifiedTime", "lastAccessTime", "creationTime");

    private final Map<String, PartnerJail> jailsByUser;
    private final UploadTracker uploads;
    private final long maxUploadBytes;

    PartnerFolderGuard(Map<String, PartnerJail> jailsByUser, UploadTracker uploads, long maxUploadBytes) {
        this.jailsByUser = Map.copyOf(jailsByUser);
        this.uploads = uploads;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Every path a request names passes here first: one that leads out of the partner's root goes no further. */
    @Override
    public Path resolveLocalFilePath(SftpSubsystemProxy subsystem, Path rootDir, String remotePath) throws IOException {
        Path path = SftpFileSystemAccessor.super.resolveLocalFilePath(subsystem, rootDir, remotePath);
        locate(subsystem, path);
        return path;
    }

    @Override
    public SeekableByteChannel openFile(
            SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle,
            Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        PartnerJail jail = jail(subsystem);
        PartnerJail.Location location = locate(subsystem, file);
        boolean writing = options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
        if (writing && jail.areaOf(location.real()) != FolderArea.INBOUND_FILE) {
            throw refuse(subsystem, "files may only be written in /" + PartnerFolders.INBOUND + ", not " + location.shown());
        }
        Set<OpenOption> safeOptions = new HashSet<>(options);
        // the location is already resolved: a link swapped in meanwhile is not followed
        safeOptions.add(LinkOption.NOFOLLOW_LINKS);
        // attributes the client asks for (such as mode 000) are ignored: the intake must be able to read the file
        FileChannel channel = FileChannel.open(location.real(), safeOptions);
        if (!writing) {
            return channel;
        }
        if (options.contains(StandardOpenOption.TRUNCATE_EXISTING)) {
            uploads.forget(location.real()); // a fresh upload: an earlier refusal of this file no longer applies
        }
        UploadTracker.WriteHandle registration = uploads.startWriting(location.real());
        ServerSession session = subsystem.getServerSession();
        return new UploadChannel(channel, maxUploadBytes, location.shown(), uploads, registration,
                message -> refuse(session, message));
    }

    /** Unlike SSHD's default, the channel is closed (and the tracker told) even if the final sync fails. */
    @Override
    public void closeFile(
            SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle, Channel channel,
            Set<? extends OpenOption> options) throws IOException {
        if (channel == null || !channel.isOpen()) {
            return;
        }
        try {
            if (channel instanceof UploadChannel upload) {
                upload.force(true);
                // no handle: SSHD opened the file itself, to truncate it for a size change
                if (fileHandle != null && !upload.wasRefused()) {
                    LOG.info("SFTP upload closed: user {} wrote {} ({} bytes)",
                            LogText.quoted(subsystem.getServerSession().getUsername()),
                            LogText.quoted(file.toString()), upload.size());
                }
            }
        } finally {
            channel.close();
        }
    }

    @Override
    public DirectoryStream<Path> openDirectory(
            SftpSubsystemProxy subsystem, DirectoryHandle dirHandle, Path dir, String handle, LinkOption... linkOptions)
            throws IOException {
        locate(subsystem, dir);
        PartnerJail jail = jail(subsystem);
        return new JailedListing(Files.newDirectoryStream(dir), jail);
    }

    @Override
    public NavigableMap<String, Object> resolveReportedFileAttributes(
            SftpSubsystemProxy subsystem, Path file, int flags, NavigableMap<String, Object> attrs,
            LinkOption... options) throws IOException {
        locate(subsystem, file);
        return attrs;
    }

    @Override
    public void setFileAttribute(
            SftpSubsystemProxy subsystem, Path file, String view, String attribute, Object value,
            LinkOption... options) throws IOException {
        PartnerJail.Location location = locate(subsystem, file);
        if (!TIMESTAMPS.contains(attribute)) {
            throw refuse(subsystem, "only the timestamps of files may be changed, not " + attribute
                    + " of " + location.shown());
        }
        if (jail(subsystem).areaOf(location.real()) != FolderArea.INBOUND_FILE) {
            throw refuse(subsystem, "only files in /" + PartnerFolders.INBOUND + " may be changed, not "
                    + location.shown());
        }
        SftpFileSystemAccessor.super.setFileAttribute(subsystem, file, view, attribute, value, options);
    }

    @Override
    public void setFilePermissions(
            SftpSubsystemProxy subsystem, Path file, Set<PosixFilePermission> perms, LinkOption... options)
            throws IOException {
        PartnerJail.Location location = locate(subsystem, file);
        if (jail(subsystem).areaOf(location.real()) == FolderArea.INBOUND_FILE) {
            // "sftp put -p" sends the local mode after a successful upload; refusing would report the upload as
            // failed. The mode is ignored instead: the intake must be able to read the file whatever it says.
            return;
        }
        throw refuse(subsystem, "permissions cannot be changed (" + location.shown() + ")");
    }

    @Override
    public void setFileOwner(SftpSubsystemProxy subsystem, Path file, Principal value, LinkOption... options)
            throws IOException {
        throw refuse(subsystem, "owners cannot be changed (" + locate(subsystem, file).shown() + ")");
    }

    @Override
    public void setGroupOwner(SftpSubsystemProxy subsystem, Path file, Principal value, LinkOption... options)
            throws IOException {
        throw refuse(subsystem, "groups cannot be changed (" + locate(subsystem, file).shown() + ")");
    }

    @Override
    public void setFileAccessControl(
            SftpSubsystemProxy subsystem, Path file, List<AclEntry> acl, LinkOption... options) throws IOException {
        throw refuse(subsystem, "access control lists cannot be changed (" + locate(subsystem, file).shown() + ")");
    }

    @Override
    public void createDirectory(SftpSubsystemProxy subsystem, Path path) throws IOException {
        throw refuse(subsystem, "folders cannot be created (" + locate(subsystem, path).shown() + ")");
    }

    @Override
    public void createLink(SftpSubsystemProxy subsystem, Path link, Path existing, boolean symLink)
            throws IOException {
        throw refuse(subsystem, "links cannot be created (" + locate(subsystem, link).shown() + ")");
    }

    @Override
    public void copyFile(SftpSubsystemProxy subsystem, Path src, Path dst, Collection<CopyOption> opts)
            throws IOException {
        throw refuse(subsystem, "files cannot be copied on the server; upload them instead");
    }

    @Override
    public void renameFile(
            SftpSubsystemProxy subsystem, Path oldPath, Path newPath, Collection<CopyOption> opts) throws IOException {
        PartnerJail jail = jail(subsystem);
        PartnerJail.Location from = locate(subsystem, oldPath);
        PartnerJail.Location to = locate(subsystem, newPath);
        if (jail.areaOf(from.entry()) != FolderArea.INBOUND_FILE || jail.areaOf(to.entry()) != FolderArea.INBOUND_FILE) {
            throw refuse(subsystem, "files may only be renamed within /" + PartnerFolders.INBOUND + ", not "
                    + from.shown() + " to " + to.shown());
        }
        // the intake waits for files being written under the name they were opened with; a new name would escape it
        if (uploads.isBeingWritten(from.real()) || uploads.isBeingWritten(to.real())) {
            throw refuse(subsystem, "a file cannot be renamed while it is being written (" + from.shown() + " to "
                    + to.shown() + ")");
        }
        Files.move(from.entry(), to.entry(), opts.toArray(CopyOption[]::new));
    }

    @Override
    public void removeFile(SftpSubsystemProxy subsystem, Path path, boolean isDirectory) throws IOException {
        PartnerJail.Location location = locate(subsystem, path);
        if (isDirectory) {
            throw refuse(subsystem, "folders cannot be removed (" + location.shown() + ")");
        }
        if (jail(subsystem).areaOf(location.entry()) != FolderArea.OUTBOUND_FILE) {
            throw refuse(subsystem, "only files in /" + PartnerFolders.OUTBOUND + " may be deleted, not "
                    + location.shown());
        }
        Files.delete(location.entry());
    }

    private PartnerJail.Location locate(SftpSubsystemProxy subsystem, Path sessionPath) throws IOException {
        try {
            return jail(subsystem).locate(sessionPath);
        } catch (SftpRefusal refusal) {
            throw refuse(subsystem.getServerSession(), refusal.getMessage());
        }
    }

    private PartnerJail jail(SftpSubsystemProxy subsystem) throws SftpRefusal {
        String user = subsystem.getServerSession().getUsername();
        PartnerJail jail = user == null ? null : jailsByUser.get(user);
        if (jail == null) {
            throw refuse(subsystem, "this login has no SFTP folder");
        }
        return jail;
    }

    private static SftpRefusal refuse(SftpSubsystemProxy subsystem, String message) {
        return refuse(subsystem.getServerSession(), message);
    }

    /** Logs the refusal (one line) and makes the exception that carries its message to the client. */
    static SftpRefusal refuse(ServerSession session, String message) {
        LOG.warn("SFTP request refused: user {} from {}: {}",
                LogText.quoted(session.getUsername()), LogText.remote(session), LogText.quoted(message));
        return new SftpRefusal(message);
    }
}
