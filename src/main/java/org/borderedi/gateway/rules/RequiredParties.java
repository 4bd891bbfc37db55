package org.borderedi.gateway.rules;

import static org.borderedi.gateway.model.PartyRole.CONSIGNEE;
import static org.borderedi.gateway.model.PartyRole.SHIPPER;
import static org.borderedi.gateway.rules.BillSelection.EVERY_BILL;

import java.util.List;
import java.util.Optional;

/** The parties each bill of a manifest must name, per programme (ACE ocean, truck and rail; ACI marine, highway, ...). */
final class RequiredParties {

    static final Rule SHIPPER_NAMED = new RequiredValue("MISSING_SHIPPER", "each bill names its shipper",
            EVERY_BILL, MissingValues.party(SHIPPER));
    static final Rule CONSIGNEE_NAMED = new RequiredValue("MISSING_CONSIGNEE", "each bill names its consignee",
            EVERY_BILL, MissingValues.party(CONSIGNEE));
    static final Rule CONSIGNEE_ADDRESS = new RequiredValue("MISSING_CNE_ADDR",
            "each bill's consignee has an address with a street and a city", EVERY_BILL,
            bill -> bill.party(CONSIGNEE) == null ? Optional.empty()
                    : MissingValues.partyAddress(CONSIGNEE).apply(bill));

    private RequiredParties() {
    }

    /** Shipper and consignee on each bill. */
    static List<Rule> shipperAndConsignee() {
        return List.of(SHIPPER_NAMED, CONSIGNEE_NAMED);
    }

    /** ACI highway: shipper and consignee on each bill, and the consignee's address. */
    static List<Rule> aciHighway() {
        return List.of(SHIPPER_NAMED, CONSIGNEE_NAMED, CONSIGNEE_ADDRESS);
    }
}
