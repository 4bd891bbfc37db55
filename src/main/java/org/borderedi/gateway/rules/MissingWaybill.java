package org.borderedi.gateway.rules;

import java.util.function.Consumer;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Filing;

/**
 * MISSING_WBL_LINE: pre-load data hangs on an air waybill, so a filing needs a consignment, every master and simple
 * bill its AWB, and every house a master AWB, from its master in the filing or from its own parent reference.
 */
final class MissingWaybill implements Rule {

    @Override
    public String code() {
        return "MISSING_WBL_LINE";
    }

    @Override
    public String description() {
        return "the filing has a consignment, each master and simple bill an AWB, each house a master AWB";
    }

    @Override
    public void check(Filing filing, Consumer<BusinessFinding> findings) {
        if (filing.consignments().isEmpty()) {
            findings.accept(Spot.missing(null, "consignments", "consignment", null)
                    .finding(this, "the filing has no consignment"));
        }
        for (Consignment bill : filing.consignments()) {
            Spot gap = bill.role() == ConsignmentRole.HOUSE ? masterGap(filing, bill) : ownGap(bill);
            if (gap != null) {
                findings.accept(gap.finding(this, gap.subject() + " has no " + gap.words()));
            }
        }
    }

    private static Spot ownGap(Consignment bill) {
        return Bills.airWaybill(bill) != null ? null
                : Spot.missing(bill, "references[AWB]", "air waybill number", Bills.numberSource(bill));
    }

    private static Spot masterGap(Filing filing, Consignment house) {
        boolean named = house.parentReference() != null && !Bills.isBlank(house.parentReference().value());
        return named || Bills.masterOf(filing, house) != null ? null
                : Spot.missing(house, "parentReference", "master air waybill number", Bills.numberSource(house));
    }
}
