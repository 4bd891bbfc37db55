package org.borderedi.gateway.rules;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.borderedi.gateway.model.Filing;

/**
 * A shape each value of a kind must have where it is given, as one row of a rule table.
 *
 * @param values      the values of the kind in a filing (only those given; a missing one is another rule's business)
 * @param valid       whether a value has the shape
 * @param expectation what the shape is, ending the finding's sentence ("1 to 12 letters and digits")
 */
record ValueFormat(String code, String description, Function<Filing, Stream<Spot>> values, Predicate<String> valid,
        String expectation) implements Rule {

    @Override
    public void check(Filing filing, Consumer<BusinessFinding> findings) {
        values.apply(filing).filter(spot -> !valid.test(spot.value())).forEach(spot -> findings.accept(spot.finding(this,
                spot.subject() + " has " + spot.words() + " '" + spot.value() + "', which is not " + expectation)));
    }
}
