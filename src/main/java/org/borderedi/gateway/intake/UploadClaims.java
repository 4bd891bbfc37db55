package org.borderedi.gateway.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.file.FileConstants;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.SynchronizationAdapter;
import org.borderedi.gateway.sftp.UploadTracker;

/**
 * Turns a complete file found by a poller into a {@link Claim}: a new receipt id and the file as it looks now. The
 * claim goes on a durable queue before anything is moved, so the file cannot be lost between the poll and the take.
 */
public final class UploadClaims {

    private final UploadTracker uploads;
    private final PendingClaims pending;
    private final IntakeSettings settings;

    public UploadClaims(UploadTracker uploads, PendingClaims pending, IntakeSettings settings) {
        this.uploads = uploads;
        this.pending = pending;
        this.settings = settings;
    }

    /** A file dropped on our own SFTP server: the claim points at it where it lies. */
    public void claimUpload(Exchange exchange) throws IOException {
        Message in = exchange.getIn();
        GenericFile<?> file = in.getBody(GenericFile.class);
        Path source = Path.of(file.getAbsoluteFilePath()).toAbsolutePath().normalize();
        Instant now = Instant.now();
        Claim claim = claimOf(in, ReceiptIds.next(now), now, "sftp", file.getFileNameOnly(), source, Optional.empty(),
                uploads.refusal(source));
        pending.add(source);
        // if the claim cannot be sent, the file must be claimable again on the next poll
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onFailure(Exchange failed) {
                pending.settle(source);
            }
        });
        claim.writeTo(in);
    }

    /**
     * A file downloaded from a partner's own server: it is moved from the download folder (which Camel empties when
     * the exchange ends) to the staging folder, and the claim carries the file's identity on the remote server.
     */
    public void claimDownload(Exchange exchange) throws IOException {
        Message in = exchange.getIn();
        GenericFile<?> remote = in.getBody(GenericFile.class);
        Path downloaded = Path.of(in.getHeader(FileConstants.FILE_LOCAL_WORK_PATH, String.class));
        String partnerId = in.getHeader(IntakeHeaders.PARTNER_ID, String.class);
        Instant now = Instant.now();
        String receiptId = ReceiptIds.next(now);
        Path staged = settings.stagingFor(partnerId).resolve(receiptId);
        DurableFiles.move(downloaded, staged);
        String remoteKey = String.join("|", partnerId, remote.getAbsoluteFilePath(),
                Long.toString(remote.getFileLength()), Long.toString(remote.getLastModified()));
        claimOf(in, receiptId, now, "remote-sftp", remote.getFileNameOnly(), staged, Optional.of(remoteKey), Optional.empty())
                .writeTo(in);
    }

    /** Size and time are read again now: the poller's read lock has just seen the file quiet. */
    private static Claim claimOf(Message in, String receiptId, Instant now, String channel, String name, Path source,
            Optional<String> remoteKey, Optional<String> refusal) throws IOException {
        return new Claim(receiptId, in.getHeader(IntakeHeaders.PARTNER_ID, String.class), channel,
                OriginalName.sanitise(name), now, source, Files.size(source),
                Files.getLastModifiedTime(source).toMillis(), remoteKey, refusal);
    }
}
