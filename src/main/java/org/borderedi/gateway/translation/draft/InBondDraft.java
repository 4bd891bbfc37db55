package org.borderedi.gateway.translation.draft;

import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.InBond;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.PlaceRole;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Text;

/** An in-bond movement (X12 M12): its type, number, where it ends, and the bonded carrier. */
public final class InBondDraft {

    private Text type;
    private Text number;
    private Text destination;
    private String destinationScheme = Schemes.US_PORT;
    private Text carrier;

    public void setType(Text type) {
        this.type = type;
    }

    public void setNumber(Text number) {
        this.number = number;
    }

    public void setDestination(Text destination) {
        this.destination = destination;
    }

    public void setDestinationScheme(String scheme) {
        this.destinationScheme = scheme;
    }

    public void setCarrier(Text carrier) {
        this.carrier = carrier;
    }

    InBond build() {
        Identifier id = number == null ? null : new Identifier(Schemes.IN_BOND, number.value(), number.source());
        Place end = destination == null ? null
                : new Place(PlaceRole.IN_BOND_DESTINATION,
                        new Identifier(destinationScheme, destination.value(), destination.source()), null, null);
        return new InBond(type, id, end, carrier);
    }
}
