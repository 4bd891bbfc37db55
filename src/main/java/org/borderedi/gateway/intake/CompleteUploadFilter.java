package org.borderedi.gateway.intake;

import java.io.File;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.borderedi.gateway.sftp.UploadTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the poller see only uploads that are finished: not under a temporary name (a partner that uploads as
 * {@code x.part} and renames to {@code x} is taken at the rename), not open for writing on our SFTP server, and not
 * already claimed. The quiet period of the poller's read lock covers partners that write in place.
 */
public final class CompleteUploadFilter implements GenericFileFilter<File> {

    private static final Logger LOG = LoggerFactory.getLogger(CompleteUploadFilter.class);

    private final Pattern temporaryNames;
    private final UploadTracker uploads;
    private final PendingClaims pending;

    public CompleteUploadFilter(Pattern temporaryNames, UploadTracker uploads, PendingClaims pending) {
        this.temporaryNames = temporaryNames;
        this.uploads = uploads;
        this.pending = pending;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory() || temporaryNames.matcher(file.getFileNameOnly()).matches()) {
            return false;
        }
        Path path = Path.of(file.getAbsoluteFilePath()).toAbsolutePath().normalize();
        if (uploads.isBeingWritten(path)) {
            LOG.debug("{}: still being written, not taken yet", path);
            return false;
        }
        return !pending.contains(path);
    }
}
