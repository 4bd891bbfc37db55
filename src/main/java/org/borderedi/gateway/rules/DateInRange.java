package org.borderedi.gateway.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.borderedi.gateway.model.Filing;

/**
 * DATE_OUT_OF_RANGE: a route or conveyance date more than a year before or after today is a typing error (a wrong
 * year, a date format read the wrong way round), not a movement to assess.
 */
record DateInRange(Clock clock) implements Rule {

    @Override
    public String code() {
        return "DATE_OUT_OF_RANGE";
    }

    @Override
    public String description() {
        return "a route or conveyance date is within a year of the day the filing is validated";
    }

    @Override
    public void check(Filing filing, Consumer<BusinessFinding> findings) {
        LocalDate today = LocalDate.now(clock);
        BillValues.routeTimes(filing).forEach(spot -> IsoDates.date(spot.value()).ifPresent(date -> {
            String when = date.isBefore(today.minusYears(1)) ? "before"
                    : date.isAfter(today.plusYears(1)) ? "after" : null;
            if (when != null) {
                findings.accept(spot.finding(this, spot.subject() + " has " + spot.words() + " '" + spot.value()
                        + "', more than a year " + when + " " + today));
            }
        }));
    }
}
