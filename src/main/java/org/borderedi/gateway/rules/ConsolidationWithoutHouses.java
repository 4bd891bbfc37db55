package org.borderedi.gateway.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.GoodsLine;
import org.borderedi.gateway.model.Text;

/**
 * CONSOLIDATION_WITHOUT_HOUSES: "CONSOLIDATION" says what a master holds only when its houses say what is in it, so a
 * bill with no houses under it must describe its cargo with something else.
 */
final class ConsolidationWithoutHouses implements Rule {

    private static final Set<String> WORDS = Set.of("CONSOLIDATION", "CONSOL");

    @Override
    public String code() {
        return "CONSOLIDATION_WITHOUT_HOUSES";
    }

    @Override
    public String description() {
        return "a bill with no houses under it is not described only as CONSOLIDATION (or CONSOL)";
    }

    @Override
    public void check(Filing filing, Consumer<BusinessFinding> findings) {
        Bills.withoutHouses(filing).forEach(bill -> check(bill, findings));
    }

    private void check(Consignment bill, Consumer<BusinessFinding> findings) {
        List<GoodsLine> goods = bill.goods();
        List<Integer> described = IntStream.range(0, goods.size())
                .filter(i -> MissingValues.given(goods.get(i).description())).boxed().toList();
        if (described.isEmpty() || !described.stream().allMatch(i -> isConsolidation(goods.get(i).description()))) {
            return;
        }
        int first = described.get(0);
        Text description = goods.get(first).description();
        Spot spot = new Spot(bill, "goods[" + (first + 1) + "].description", "cargo description", description.value(),
                description.source());
        findings.accept(spot.finding(this, spot.subject() + " is described only as '" + description.value()
                + "' but has no houses under it"));
    }

    private static boolean isConsolidation(Text description) {
        return WORDS.contains(description.value().trim().toUpperCase(Locale.ROOT));
    }
}
