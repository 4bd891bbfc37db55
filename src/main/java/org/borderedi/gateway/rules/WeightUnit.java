package org.borderedi.gateway.rules;

import java.util.Set;
import java.util.function.Consumer;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Measure;

/** MISSING_WT_UNITS: a total gross weight means nothing without its unit, kilograms (KGM) or pounds (LBR). */
final class WeightUnit implements Rule {

    private static final Set<String> UNITS = Set.of("KGM", "LBR");

    @Override
    public String code() {
        return "MISSING_WT_UNITS";
    }

    @Override
    public String description() {
        return "a given total gross weight has its unit, KGM or LBR";
    }

    @Override
    public void check(Filing filing, Consumer<BusinessFinding> findings) {
        Bills.withoutHouses(filing).forEach(bill -> {
            Measure weight = bill.totals().grossWeight();
            if (!MissingValues.given(weight) || weight.unit() != null && UNITS.contains(weight.unit())) {
                return;
            }
            String written = weight.originalUnit() != null ? weight.originalUnit() : weight.unit();
            Spot spot = new Spot(bill, "totals.grossWeight.unit", "weight unit", written, weight.source());
            findings.accept(spot.finding(this, written == null
                    ? spot.subject() + " gives its total gross weight " + weight.amount() + " without a unit"
                    : spot.subject() + " gives its total gross weight in '" + written + "', which is not KGM or LBR"));
        });
    }
}
