package org.borderedi.gateway.model;

import java.time.Instant;
import java.util.List;

/**
 * One message of a filer, translated: the gateway's one shipment model whatever the filer sent (an X12 309, a CUSCAR,
 * an FWB, a Cargo-XML waybill). Everything downstream, targeting, business rules and acknowledgments, reads this.
 *
 * @param id          the gateway's id of the filing (receipt id and message reference), or null before intake names it
 * @param receivedAt  when the gateway received it, or null outside the flow (the translate command)
 * @param channel     SFTP, JMS or HTTP, or null outside the flow
 * @param partner     the partner id that delivered it, or null outside the flow
 * @param purposeCode the purpose as the filer coded it (M10 "W", BGM "9")
 * @param conveyance  the conveyance, or null when the message names none (a house list)
 */
public record Filing(String id, Instant receivedAt, String channel, String partner, SourceFormat format,
        Envelope envelope, Purpose purpose, Text purposeCode, Mode mode, List<Programme> programmes,
        Conveyance conveyance, List<Consignment> consignments) {

    public Filing {
        envelope = envelope == null ? Envelope.NONE : envelope;
        programmes = List.copyOf(programmes);
        consignments = List.copyOf(consignments);
    }

    /** The consignment with this id, or null. */
    public Consignment consignment(String consignmentId) {
        return consignments.stream().filter(c -> c.id().equals(consignmentId)).findFirst().orElse(null);
    }
}
