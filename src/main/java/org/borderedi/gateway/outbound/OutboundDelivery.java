package org.borderedi.gateway.outbound;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.borderedi.gateway.intake.IntakeHeaders;
import org.borderedi.gateway.journal.FilingJournal;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.runtime.Failpoints;
import org.borderedi.gateway.sftp.PartnerFolders;

/**
 * Delivers a journaled document to its partner exactly once: into the partner's {@code outbound/} folder on our SFTP
 * server, into the staging folder from which a partner's own SFTP server is fed, or (the route sends it) onto the
 * partner's reply queue. For folders the order is: stage, mark delivered in the journal, publish; a redelivery after a
 * crash anywhere in between finishes the publish and never writes the document twice.
 */
public final class OutboundDelivery {

    private final PartnerRegistry partners;
    private final FilingJournal journal;
    private final Path partnersRoot;
    private final Path pendingRoot;
    private final Path remoteStagingRoot;

    /**
     * @param partnersRoot      the embedded SFTP server's partner roots
     * @param pendingRoot       where documents wait before they are published (same file system as the folders)
     * @param remoteStagingRoot per remote-SFTP partner, the folder its upload route sends from
     */
    public OutboundDelivery(PartnerRegistry partners, FilingJournal journal, Path partnersRoot, Path pendingRoot,
            Path remoteStagingRoot) {
        this.partners = partners;
        this.journal = journal;
        this.partnersRoot = partnersRoot;
        this.pendingRoot = pendingRoot;
        this.remoteStagingRoot = remoteStagingRoot;
    }

    /** Where a remote-SFTP partner's documents wait for its upload route. */
    public Path remoteStaging(String partnerId) {
        return remoteStagingRoot.resolve(partnerId);
    }

    public void deliver(@Header(IntakeHeaders.PARTNER_ID) String partnerId,
            @Header(IntakeHeaders.RECEIPT_ID) String receiptId,
            @Header(OutboundHeaders.DOCUMENT_SEQ) int seq,
            @Header(OutboundHeaders.FILE_NAME) String fileName,
            @Body String content, Exchange exchange) throws IOException {
        Partner partner = partners.byId(partnerId).orElseThrow(() -> new IllegalStateException(
                "document " + fileName + " is for partner '" + partnerId + "', not in the registry"));
        if (partner.channel() instanceof Channel.JmsQueues jms) {
            // Sent whatever the journal says: the reply commits with the taking of this document, so a document that
            // is here again was never replied to, even when an attempt journaled it as delivered before dying.
            exchange.getMessage().setHeader(OutboundHeaders.REPLY_QUEUE, jms.replyQueue());
            exchange.getMessage().setHeader(OutboundHeaders.DELIVER_BY, "reply-queue");
            return;
        }
        OutboundFolder folder = folderOf(partner);
        if (!journal.delivered(receiptId, seq)) {
            folder.stage(fileName, content);
            // crash tests: staged in the pending area, not yet marked delivered
            Failpoints.reach("outbound.staged");
            journal.markDelivered(receiptId, seq);
            // crash tests: marked delivered, not yet renamed into the partner's folder
            Failpoints.reach("outbound.marked");
        }
        if (folder.publish(fileName)) {
            journal.delivered(receiptId, seq, folder.folder().toString());
        }
        exchange.getMessage().setHeader(OutboundHeaders.DELIVER_BY, "done");
    }

    /**
     * After the reply-queue send: the journal records the delivery. It commits before the broker transaction does, so
     * a crash between the two leaves it marked while the reply is rolled back; {@link #deliver} sends such a document
     * again when it comes back.
     */
    public void sentToReplyQueue(@Header(IntakeHeaders.RECEIPT_ID) String receiptId,
            @Header(OutboundHeaders.DOCUMENT_SEQ) int seq, @Header(OutboundHeaders.REPLY_QUEUE) String queue) {
        journal.markDelivered(receiptId, seq);
        journal.delivered(receiptId, seq, "queue " + queue);
        // crash tests: journaled as delivered, the broker transaction with the reply not yet committed
        Failpoints.reach("outbound.replied");
    }

    /** A failed attempt, for the journal: the broker redelivers with back-off, then parks it in DLQ.<queue>. */
    public void failed(@Header(IntakeHeaders.RECEIPT_ID) String receiptId, @Header(OutboundHeaders.DOCUMENT_SEQ) int seq,
            Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        journal.deliveryFailed(receiptId, seq, cause == null ? "unknown" : cause.toString());
    }

    private OutboundFolder folderOf(Partner partner) {
        Path pending = pendingRoot.resolve(partner.id());
        if (partner.channel() instanceof Channel.EmbeddedSftp) {
            return new OutboundFolder(pending, PartnerFolders.of(partnersRoot, partner.id()).outbound());
        }
        return new OutboundFolder(pending, remoteStaging(partner.id()));
    }
}
