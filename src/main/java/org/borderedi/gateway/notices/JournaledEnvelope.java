package org.borderedi.gateway.notices;

import java.util.Optional;
import org.borderedi.gateway.edi.Delimiters;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.model.Envelope;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.partners.Partner;

/**
 * The interchange header a notice answers, rebuilt from the envelope the filing was journaled with, so that notices
 * go out in the same turned-around envelope as the acknowledgments ({@code X12AckInterchange},
 * {@code EdifactAckInterchange}). The journal keeps who sent what to whom and the test flag, not the separators or the
 * EDIFACT syntax level: notices use the standard ones (see the package documentation).
 */
final class JournaledEnvelope {

    /** X12 separators of a notice: element *, component :, segment ~ (no repetition separator before 00402). */
    static final Delimiters X12 = new Delimiters('~', '*', ':', '^', null, '.');
    /** The EDIFACT syntax level and version of a notice's UNB. */
    static final String EDIFACT_SYNTAX = "UNOC";
    static final String EDIFACT_SYNTAX_VERSION = "3";
    /** ISA12 when the filing's version does not name one. */
    static final String X12_VERSION = "00401";

    private JournaledEnvelope() {
    }

    /** The X12 interchange the filing came in: ISA12 from the filing's version ("004010" gives "00401"). */
    static InterchangeHeader x12(Filing filing, Partner partner, GatewayIdentity us) {
        Envelope envelope = filing.envelope();
        Party sender = party(envelope.sender()).or(() -> partner == null ? Optional.empty()
                : partner.identities().x12().stream().findFirst().map(id -> new Party(id.qualifier(), id.id())))
                .orElseThrow(() -> unaddressed(filing));
        Party receiver = party(envelope.receiver()).or(() -> us.x12().stream().findFirst()
                .map(id -> new Party(id.qualifier(), id.id()))).orElseThrow(() -> unaddressed(filing));
        String version = filing.format().version();
        String isaVersion = version != null && version.matches("\\d{6}") ? version.substring(0, 5) : X12_VERSION;
        return new InterchangeHeader(Syntax.X12, envelope.interchange(), sender, receiver, null, null, envelope.test(), false,
                "U", isaVersion, X12);
    }

    /** The EDIFACT interchange the filing came in, at syntax level UNOC version 3, without UNA. */
    static InterchangeHeader edifact(Filing filing, Partner partner, GatewayIdentity us) {
        Envelope envelope = filing.envelope();
        Party sender = party(envelope.sender()).or(() -> partner == null ? Optional.empty()
                : partner.identities().edifact().stream().findFirst().map(id -> new Party(id.qualifier(), id.id())))
                .orElseThrow(() -> unaddressed(filing));
        Party receiver = party(envelope.receiver()).or(() -> us.edifact().stream().findFirst()
                .map(id -> new Party(id.qualifier(), id.id()))).orElseThrow(() -> unaddressed(filing));
        return new InterchangeHeader(Syntax.EDIFACT, envelope.interchange(), sender, receiver, null, null, envelope.test(),
                false, EDIFACT_SYNTAX, EDIFACT_SYNTAX_VERSION, Delimiters.EDIFACT_DEFAULT);
    }

    /** An envelope party: the identifier's scheme is the qualifier it was sent with (none when empty). */
    private static Optional<Party> party(Identifier id) {
        if (id == null || id.value() == null || id.value().isBlank()) {
            return Optional.empty();
        }
        String qualifier = id.scheme() == null || id.scheme().isEmpty() ? null : id.scheme();
        return Optional.of(new Party(qualifier, id.value()));
    }

    private static IllegalArgumentException unaddressed(Filing filing) {
        return new IllegalArgumentException("filing " + filing.id() + " (" + filing.format().standard() + ") has no "
                + "envelope sender or receiver to address a notice to, and no registry identity stands in for it");
    }
}
