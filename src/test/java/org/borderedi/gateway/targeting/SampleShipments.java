package org.borderedi.gateway.targeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Conveyance;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.Purpose;
import org.borderedi.gateway.translation.ProjectTranslation;

/**
 * Shipments as targeting receives them, made from the samples in {@code edi-samples/}: a sample translated with the
 * real mappings, one message named as the gateway names it, narrowed to one consignment; and the means to change one
 * field of such a shipment.
 */
final class SampleShipments {

    private SampleShipments() {
    }

    /** Message {@code message} (from 1) of the sample, named "sample/message", narrowed to the consignment. */
    static Filing shipment(String sample, int message, String consignmentId) {
        Filing filing = translate(sample).get(message - 1);
        Consignment consignment = filing.consignment(consignmentId);
        if (consignment == null) {
            throw new IllegalArgumentException(sample + " message " + message + " has no consignment " + consignmentId);
        }
        return new Filing(sample + "/" + message, filing.receivedAt(), filing.channel(), filing.partner(), filing.format(),
                filing.envelope(), filing.purpose(), filing.purposeCode(), filing.mode(), filing.programmes(),
                filing.conveyance(), List.of(consignment));
    }

    /** The shipment with its one consignment changed. */
    static Filing consignment(Filing f, UnaryOperator<Consignment> change) {
        return new Filing(f.id(), f.receivedAt(), f.channel(), f.partner(), f.format(), f.envelope(), f.purpose(),
                f.purposeCode(), f.mode(), f.programmes(), f.conveyance(), List.of(change.apply(f.consignments().get(0))));
    }

    static Filing conveyance(Filing f, UnaryOperator<Conveyance> change) {
        return new Filing(f.id(), f.receivedAt(), f.channel(), f.partner(), f.format(), f.envelope(), f.purpose(),
                f.purposeCode(), f.mode(), f.programmes(), change.apply(f.conveyance()), f.consignments());
    }

    static Filing purpose(Filing f, Purpose purpose) {
        return new Filing(f.id(), f.receivedAt(), f.channel(), f.partner(), f.format(), f.envelope(), purpose,
                f.purposeCode(), f.mode(), f.programmes(), f.conveyance(), f.consignments());
    }

    static Filing mode(Filing f, Mode mode) {
        return new Filing(f.id(), f.receivedAt(), f.channel(), f.partner(), f.format(), f.envelope(), f.purpose(),
                f.purposeCode(), mode, f.programmes(), f.conveyance(), f.consignments());
    }

    /** The consignment with the party of the same role replaced (or added). */
    static Consignment party(Consignment c, Party party) {
        List<Party> parties = new ArrayList<>(c.parties().stream().filter(p -> p.role() != party.role()).toList());
        parties.add(party);
        return new Consignment(c.id(), c.role(), c.parent(), c.parentReference(), c.references(), parties, c.totals(),
                c.goods(), c.equipment(), c.route(), c.handlingCodes(), c.security(), c.inBond());
    }

    static synchronized List<Filing> translate(String sample) {
        try {
            List<Filing> filings = new ArrayList<>();
            try (InputStream in = Files.newInputStream(Path.of("edi-samples", sample))) {
                ProjectTranslation.shared().translate(in, ValidationProfile.standardOnly(new GatewayIdentity(List.of(), List.of())),
                        message -> {
                            if (message.translated()) {
                                filings.add(message.filing());
                            }
                        }, new SyntaxEvents() {
                        });
            }
            return filings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
