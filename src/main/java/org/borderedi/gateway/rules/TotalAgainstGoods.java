package org.borderedi.gateway.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.GoodsLine;
import org.borderedi.gateway.model.Measure;
import org.borderedi.gateway.model.Totals;

/**
 * A declared total that must be the sum of the goods lines, as one table row. It is compared only when every goods
 * line gives a number in the total's own unit (a line in pallets and a total in cartons cannot be compared).
 *
 * @param tolerance the share of the total the sum may be off by, for rounding (0 for pieces)
 */
record TotalAgainstGoods(String code, String description, String field, String words, Function<Totals, Measure> total,
        Function<GoodsLine, Measure> line, BigDecimal tolerance) implements Rule {

    @Override
    public void check(Filing filing, Consumer<BusinessFinding> findings) {
        filing.consignments().forEach(bill -> check(bill, findings));
    }

    private void check(Consignment bill, Consumer<BusinessFinding> findings) {
        Measure declared = total.apply(bill.totals());
        Optional<BigDecimal> expected = declared == null ? Optional.empty() : Amounts.number(declared.amount());
        List<Measure> lines = bill.goods().stream().map(line).toList();
        if (expected.isEmpty() || lines.isEmpty() || !lines.stream().allMatch(m -> comparable(m, declared))) {
            return;
        }
        BigDecimal sum = lines.stream().map(m -> Amounts.number(m.amount()).orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allowed = expected.get().abs().multiply(tolerance);
        if (sum.subtract(expected.get()).abs().compareTo(allowed) > 0) {
            Spot spot = new Spot(bill, field, words, declared.amount(), declared.source());
            String unit = declared.unit() == null ? "" : " " + declared.unit();
            findings.accept(spot.finding(this, spot.subject() + " declares " + words + " " + declared.amount() + unit
                    + ", its goods lines add up to " + sum.stripTrailingZeros().toPlainString() + unit));
        }
    }

    private static boolean comparable(Measure line, Measure declared) {
        return line != null && Amounts.number(line.amount()).isPresent() && Objects.equals(line.unit(), declared.unit());
    }
}
