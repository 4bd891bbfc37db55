package org.borderedi.gateway.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.activemq.command.ActiveMQMessage;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.jms.JmsMessage;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;

/**
 * Takes a filing that a partner put on its own JMS queue, inside the consuming transaction: checks that it comes from
 * that partner and has a usable body, archives it under a receipt id derived from the message id (a redelivered
 * message is the same receipt), and turns it into an intake message. A message that cannot be taken is kept in the
 * error area and answered on the partner's reply queue.
 */
public final class JmsFilings {

    /** Optional JMS property in which a partner may name its filing, as it would name a file. */
    public static final String FILE_NAME_PROPERTY = "fileName";

    private final Archive archive;
    private final ErrorArea errors;
    private final PartnerRegistry partners;
    private final IntakeSettings settings;
    private final String gatewayUser;

    public JmsFilings(Archive archive, ErrorArea errors, PartnerRegistry partners, IntakeSettings settings, String gatewayUser) {
        this.archive = archive;
        this.errors = errors;
        this.partners = partners;
        this.settings = settings;
        this.gatewayUser = gatewayUser;
    }

    /** @param partnerId the partner whose inbound queue the message came from */
    public void receive(Exchange exchange, String partnerId) throws IOException {
        Partner partner = partners.byId(partnerId).orElseThrow();
        Channel.JmsQueues queues = (Channel.JmsQueues) partner.channel();
        Message in = exchange.getIn();
        String messageId = in.getHeader("JMSMessageID", String.class);
        Instant receivedAt = arrivalAtBroker(in);
        String receiptId = ReceiptIds.derived(receivedAt, partnerId, messageId);
        String originalName = OriginalName.sanitise(
                Optional.ofNullable(in.getHeader(FILE_NAME_PROPERTY, String.class)).orElse(messageId));
        byte[] body = bytesOf(in.getBody());
        Optional<String> problem = problem(in, partner, queues, body.length);

        // the partner's own properties go no further: from here on every header is the gateway's
        in.removeHeaders("*");
        in.setHeader(IntakeHeaders.RECEIPT_ID, receiptId);
        in.setHeader(IntakeHeaders.PARTNER_ID, partnerId);
        in.setHeader(IntakeHeaders.CHANNEL, partner.channel().name());
        in.setHeader(IntakeHeaders.ORIGINAL_NAME, originalName);
        in.setHeader(IntakeHeaders.RECEIVED_AT, receivedAt.toString());
        if (problem.isPresent()) {
            errors.keep(new ByteArrayInputStream(body),
                    new ErrorArea.Refusal(receiptId, partnerId, partner.channel().name(), originalName, problem.get()));
            in.setHeader(IntakeHeaders.OUTCOME, IntakeOutcome.REJECTED.name());
            in.setHeader(IntakeHeaders.OUTCOME_REASON, problem.get());
            in.setBody(new RejectionNotice(receiptId, originalName, receivedAt, problem.get()).text());
            return;
        }
        Path archived = archive.store(new ByteArrayInputStream(body), partnerId, receiptId);
        in.setHeader(IntakeHeaders.SIZE_BYTES, (long) body.length);
        in.setHeader(IntakeHeaders.SHA256, archive.seal(archived));
        in.setHeader(IntakeHeaders.OUTCOME, IntakeOutcome.TAKEN.name());
        in.setBody(archive.reference(archived));
    }

    private Optional<String> problem(Message in, Partner partner, Channel.JmsQueues queues, int size) {
        String namedPartner = in.getHeader(IntakeHeaders.PARTNER_ID, String.class);
        if (namedPartner != null && !namedPartner.equals(partner.id())) {
            return Optional.of("the message names partner '" + OriginalName.sanitise(namedPartner)
                    + "', but queue " + queues.inboundQueue() + " belongs to partner " + partner.id());
        }
        // set by the broker from the login (the embedded broker does; an external one may not)
        String sender = in.getHeader("JMSXUserID", String.class);
        if (sender != null && !sender.equals(queues.user()) && !sender.equals(gatewayUser)) {
            return Optional.of("sent by user '" + OriginalName.sanitise(sender) + "', not by partner " + partner.id());
        }
        if (size == 0) {
            return Optional.of("the message has no body");
        }
        if (size > settings.maxFileBytes()) {
            return Optional.of("the message has " + size + " bytes, more than the limit of " + settings.maxFileBytes());
        }
        return Optional.empty();
    }

    /** A BytesMessage is archived as it is; a TextMessage as UTF-8, whatever the platform's default charset. */
    private static byte[] bytesOf(Object body) {
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return body instanceof byte[] bytes ? bytes : new byte[0];
    }

    /** The broker's arrival time survives redelivery, so the receipt id does too; the partner's clock is a fallback. */
    private static Instant arrivalAtBroker(Message in) {
        if (in instanceof JmsMessage jms && jms.getJmsMessage() instanceof ActiveMQMessage activeMq
                && activeMq.getBrokerInTime() > 0) {
            return Instant.ofEpochMilli(activeMq.getBrokerInTime());
        }
        Long sent = in.getHeader("JMSTimestamp", Long.class);
        return sent != null && sent > 0 ? Instant.ofEpochMilli(sent) : Instant.now();
    }
}
