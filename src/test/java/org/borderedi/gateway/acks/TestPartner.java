package org.borderedi.gateway.acks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderedi.gateway.partners.AckPreferences;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.CodeListMode;
import org.borderedi.gateway.partners.EdiIdentities;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerKind;

/** A registry partner with the business acknowledgment it asked for. */
final class TestPartner {

    private TestPartner() {
    }

    static Partner wanting(AckPreferences.BusinessAck business) {
        AckPreferences defaults = AckPreferences.DEFAULTS;
        return new Partner("demo-forwarder", "Demo Forwarder", PartnerKind.FORWARDER,
                new EdiIdentities(List.of(new EdiIdentities.X12Identity("ZZ", "DEMOFWD")), List.of(), List.of(), List.of()),
                new Channel.EmbeddedSftp("demo", new Channel.Login(Optional.empty(), List.of())),
                new AckPreferences(defaults.functionalAck(), defaults.ta1(), defaults.contrl(), business), CodeListMode.STRICT,
                Set.of());
    }
}
