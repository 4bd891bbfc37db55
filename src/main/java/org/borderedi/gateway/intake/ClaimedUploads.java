package org.borderedi.gateway.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.runtime.Failpoints;
import org.borderedi.gateway.sftp.PartnerFolders;
import org.borderedi.gateway.sftp.UploadTracker;

/**
 * Takes a claimed file, inside the claim's broker transaction: moves it out of the partner's reach into the archive
 * under the claim's receipt id, seals it with its SHA-256, and turns the claim into an intake message. Every step is
 * keyed by the receipt id, so a claim redelivered after a crash finds its earlier steps done and completes them.
 * A file that is empty, too large or was refused while uploading goes to the error area, and the partner is told.
 */
public final class ClaimedUploads {

    private final Archive archive;
    private final ErrorArea errors;
    private final RemoteTakes remoteTakes;
    private final PendingClaims pending;
    private final UploadTracker uploads;
    private final PartnerRegistry partners;
    private final IntakeSettings settings;

    public ClaimedUploads(Archive archive, ErrorArea errors, RemoteTakes remoteTakes, PendingClaims pending,
            UploadTracker uploads, PartnerRegistry partners, IntakeSettings settings) {
        this.archive = archive;
        this.errors = errors;
        this.remoteTakes = remoteTakes;
        this.pending = pending;
        this.uploads = uploads;
        this.partners = partners;
        this.settings = settings;
    }

    public void take(Exchange exchange) throws IOException {
        Message message = exchange.getIn();
        Claim claim = Claim.readFrom(message);
        Partner partner = partners.byId(claim.partnerId())
                .orElseThrow(() -> new IllegalArgumentException("claim for unknown partner " + claim.partnerId()));
        checkSourceBelongsTo(partner, claim);
        try {
            settle(claim, partner, message);
        } finally {
            pending.settle(claim.source());
            if (!Files.exists(claim.source())) {
                uploads.forget(claim.source()); // the file has left the inbound folder, and its refusal with it
            }
        }
    }

    private void settle(Claim claim, Partner partner, Message message) throws IOException {
        Failpoints.reach("take.claimed");
        Path archived = archive.locate(claim.partnerId(), claim.receiptId());
        if (Files.exists(archived)) {
            publish(claim, archived, message); // a redelivered claim whose file was already moved in
            return;
        }
        if (!Files.exists(claim.source())) {
            dropped(message, "no longer there: taken by an earlier claim, or withdrawn by the partner");
            return;
        }
        long size = Files.size(claim.source());
        if (size != claim.size() || Files.getLastModifiedTime(claim.source()).toMillis() != claim.modified()) {
            dropped(message, "changed since it was claimed; it is claimed again once it is quiet");
            return;
        }
        Optional<String> refusal = refusal(claim, size);
        if (refusal.isPresent()) {
            reject(claim, partner, refusal.get(), message);
            return;
        }
        if (claim.remoteKey().isPresent()) {
            String fileKey = claim.remoteKey().get() + "|" + Archive.sha256(claim.source());
            String owner = remoteTakes.owner(fileKey, claim.receiptId());
            if (!owner.equals(claim.receiptId())) {
                Files.deleteIfExists(claim.source()); // a second download of a file archived as the owner's receipt
                dropped(message, "downloaded again after a restart; already taken as receipt " + owner);
                return;
            }
        }
        try {
            archive.moveIn(claim.source(), claim.partnerId(), claim.receiptId());
        } catch (NoSuchFileException raced) {
            dropped(message, "taken by a concurrent claim");
            return;
        }
        Failpoints.reach("take.archived");
        publish(claim, archived, message);
    }

    private Optional<String> refusal(Claim claim, long size) {
        if (claim.refusal().isPresent()) {
            return claim.refusal();
        }
        if (size == 0) {
            return Optional.of("the file is empty");
        }
        if (size > settings.maxFileBytes()) {
            return Optional.of("the file has " + size + " bytes, more than the limit of " + settings.maxFileBytes());
        }
        return Optional.empty();
    }

    private void publish(Claim claim, Path archived, Message message) throws IOException {
        String sha256 = archive.seal(archived);
        Claim.removeFrom(message);
        message.setHeader(IntakeHeaders.SIZE_BYTES, Files.size(archived));
        message.setHeader(IntakeHeaders.SHA256, sha256);
        message.setHeader(IntakeHeaders.OUTCOME, IntakeOutcome.TAKEN.name());
        message.setBody(archive.reference(archived));
    }

    /** The notice goes out before the file moves: a claim redelivered after the move finds nothing left to do. */
    private void reject(Claim claim, Partner partner, String reason, Message message) throws IOException {
        if (partner.channel() instanceof Channel.EmbeddedSftp) {
            new RejectionNotice(claim.receiptId(), claim.originalName(), claim.receivedAt(), reason)
                    .deliverTo(PartnerFolders.of(settings.partnersRoot(), partner.id()).outbound());
        }
        errors.keep(claim.source(), new ErrorArea.Refusal(
                claim.receiptId(), claim.partnerId(), claim.channel(), claim.originalName(), reason));
        Claim.removeFrom(message);
        message.setHeader(IntakeHeaders.OUTCOME, IntakeOutcome.REJECTED.name());
        message.setHeader(IntakeHeaders.OUTCOME_REASON, reason);
    }

    private static void dropped(Message message, String reason) {
        Claim.removeFrom(message);
        message.setHeader(IntakeHeaders.OUTCOME, IntakeOutcome.DROPPED.name());
        message.setHeader(IntakeHeaders.OUTCOME_REASON, reason);
    }

    /** Claims come off a queue: a claim may only point into the folder its partner's channel fills. */
    private void checkSourceBelongsTo(Partner partner, Claim claim) {
        Path expected;
        if (partner.channel() instanceof Channel.EmbeddedSftp) {
            expected = PartnerFolders.of(settings.partnersRoot(), partner.id()).inbound();
        } else if (partner.channel() instanceof Channel.RemoteSftp) {
            expected = settings.stagingFor(partner.id());
        } else {
            throw new IllegalArgumentException("claim for partner " + partner.id() + ", which does not use SFTP");
        }
        Path source = claim.source().toAbsolutePath().normalize();
        if (!expected.toAbsolutePath().normalize().equals(source.getParent())) {
            throw new IllegalArgumentException("claim for " + source + ", outside partner " + partner.id() + "'s folder");
        }
    }
}
