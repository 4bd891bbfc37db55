package org.borderedi.gateway.filing;

import java.util.Locale;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;

/**
 * How the gateway names what it received: a filing is the receipt id and the message's number in the file
 * ({@code 20261122T141200123Z-acme-1f3a/2}); the channel as the canonical model spells it.
 */
final class FilingNames {

    private FilingNames() {
    }

    /** The translated message as the gateway's filing: its id, receipt time, channel and partner filled in. */
    static Filing named(Filing translated, ReceivedFiling received, int seq) {
        return new Filing(received.receiptId() + "/" + seq, received.receivedAt(), channel(received.channel()),
                received.partnerId(), translated.format(), translated.envelope(), translated.purpose(),
                translated.purposeCode(), translated.mode(), translated.programmes(), translated.conveyance(),
                translated.consignments());
    }

    /**
     * The filing narrowed to one consignment, as targeting receives it: the conveyance and that bill. A house names its
     * master by the master's number ({@code parentReference}), not by an id the document no longer holds.
     */
    static Filing only(Filing filing, Consignment consignment) {
        return new Filing(filing.id(), filing.receivedAt(), filing.channel(), filing.partner(), filing.format(),
                filing.envelope(), filing.purpose(), filing.purposeCode(), filing.mode(), filing.programmes(),
                filing.conveyance(), java.util.List.of(standalone(filing, consignment)));
    }

    private static Consignment standalone(Filing filing, Consignment consignment) {
        if (consignment.parent() == null) {
            return consignment;
        }
        Consignment master = filing.consignment(consignment.parent());
        Identifier masterNumber = consignment.parentReference() != null ? consignment.parentReference()
                : master == null ? null : master.number();
        return new Consignment(consignment.id(), consignment.role(), null, masterNumber, consignment.references(),
                consignment.parties(), consignment.totals(), consignment.goods(), consignment.equipment(),
                consignment.route(), consignment.handlingCodes(), consignment.security(), consignment.inBond());
    }

    static String channel(String intakeChannel) {
        return switch (intakeChannel) {
            case "sftp", "remote-sftp" -> "SFTP";
            case "jms" -> "JMS";
            default -> intakeChannel.toUpperCase(Locale.ROOT);
        };
    }
}
