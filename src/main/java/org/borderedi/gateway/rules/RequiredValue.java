package org.borderedi.gateway.rules;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;

/**
 * A value each selected bill must carry, as one row of a rule table: the code, the bills, and how to find the gap.
 *
 * @param gap the missing value of a bill, with its field and the nearest source; empty when the bill has it
 */
record RequiredValue(String code, String description, BillSelection bills, Function<Consignment, Optional<Spot>> gap)
        implements Rule {

    @Override
    public void check(Filing filing, Consumer<BusinessFinding> findings) {
        bills.of(filing).forEach(bill -> gap.apply(bill)
                .ifPresent(spot -> findings.accept(spot.finding(this, spot.subject() + " has no " + spot.words()))));
    }
}
