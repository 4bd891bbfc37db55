package org.borderedi.gateway.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quantity with its unit: pieces with their package type, a weight, a volume, a value with its currency. The
 * unit is normalised to UN/ECE Recommendation 20 (K -> KGM, L -> LBR) and the filer's own unit code is kept beside
 * it. The amount is kept as written, so that a number the filer got wrong is reported, not lost.
 *
 * @param amount       the number as written ("2380", "10.5")
 * @param unit         the normalised unit (KGM, LBR, MTQ, a package type code, a currency), or null
 * @param originalUnit the unit code as the filer wrote it ("K"), or null
 */
public record Measure(String amount, String unit, String originalUnit, Source source) {

    /** The amount as a number, when it is one. */
    public Optional<BigDecimal> number() {
        try {
            return Optional.of(new BigDecimal(amount.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
