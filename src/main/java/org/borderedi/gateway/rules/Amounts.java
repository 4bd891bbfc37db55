package org.borderedi.gateway.rules;

import java.math.BigDecimal;
import java.util.Optional;

/** How rules read an amount as written: a weight must be a positive number, a count a positive whole number. */
final class Amounts {

    private Amounts() {
    }

    static Optional<BigDecimal> number(String amount) {
        try {
            return amount == null ? Optional.empty() : Optional.of(new BigDecimal(amount.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean isPositive(String amount) {
        return number(amount).filter(n -> n.signum() > 0).isPresent();
    }

    /** "12" and "12.0" are whole; "12.5", "0" and "-3" are not. */
    static boolean isPositiveWhole(String amount) {
        return number(amount).filter(n -> n.signum() > 0 && n.stripTrailingZeros().scale() <= 0).isPresent();
    }
}
