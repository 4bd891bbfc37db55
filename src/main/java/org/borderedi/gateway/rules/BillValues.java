package org.borderedi.gateway.rules;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Equipment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.GoodsLine;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Measure;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.Schemes;

/**
 * The value finders of the format tables: each lists the given values of one kind in a filing with their fields.
 * Positions in field paths ({@code goods[2]}, {@code equipment[1]}) count from 1.
 */
final class BillValues {

    private BillValues() {
    }

    /** The own numbers of the houses. */
    static Stream<Spot> houseNumbers(Filing filing) {
        return filing.consignments().stream().filter(c -> c.role() == ConsignmentRole.HOUSE).flatMap(house -> {
            Identifier number = Bills.houseNumber(house);
            return number == null ? Stream.empty() : Stream.of(new Spot(house, "references[" + number.scheme() + "]",
                    "house waybill number", number.value(), number.source()));
        });
    }

    /** The declared total gross weights of the selected bills. */
    static Function<Filing, Stream<Spot>> grossWeights(BillSelection bills) {
        return filing -> bills.of(filing).flatMap(bill -> amount(bill, "totals.grossWeight", "total gross weight",
                bill.totals().grossWeight()));
    }

    /** The declared total numbers of pieces of the selected bills. */
    static Function<Filing, Stream<Spot>> pieceCounts(BillSelection bills) {
        return filing -> bills.of(filing).flatMap(bill -> amount(bill, "totals.pieces", "total number of pieces",
                bill.totals().pieces()));
    }

    /**
     * Every air waybill number: the AWB references of each bill, and the master AWB a house names when its master
     * is not in the filing (when it is, the master's own reference is checked).
     */
    static Stream<Spot> airWaybills(Filing filing) {
        return filing.consignments().stream().flatMap(bill -> {
            Stream<Spot> own = bill.references().stream()
                    .filter(r -> Schemes.MASTER_AIR_WAYBILL.equals(r.scheme()) && !Bills.isBlank(r.value()))
                    .map(r -> new Spot(bill, "references[AWB]", "air waybill number", r.value(), r.source()));
            Identifier parent = bill.parentReference();
            boolean checkParent = bill.role() == ConsignmentRole.HOUSE && parent != null
                    && Schemes.MASTER_AIR_WAYBILL.equals(parent.scheme()) && !Bills.isBlank(parent.value())
                    && Bills.masterOf(filing, bill) == null;
            return checkParent ? Stream.concat(own, Stream.of(new Spot(bill, "parentReference",
                    "master air waybill number", parent.value(), parent.source()))) : own;
        });
    }

    /** The HS codes of every goods line. */
    static Stream<Spot> hsCodes(Filing filing) {
        return filing.consignments().stream().flatMap(bill -> {
            List<GoodsLine> goods = bill.goods();
            return IntStream.range(0, goods.size())
                    .filter(i -> goods.get(i).hsCode() != null && !Bills.isBlank(goods.get(i).hsCode().value()))
                    .mapToObj(i -> new Spot(bill, "goods[" + (i + 1) + "].hsCode", "HS code",
                            goods.get(i).hsCode().value(), goods.get(i).hsCode().source()));
        });
    }

    /** The numbers of the containers (scheme ISO 6346) of the conveyance and of each bill. */
    static Stream<Spot> containerNumbers(Filing filing) {
        Stream<Spot> conveyance = filing.conveyance() == null ? Stream.empty()
                : containers(null, "conveyance.equipment", filing.conveyance().equipment());
        return Stream.concat(conveyance,
                filing.consignments().stream().flatMap(bill -> containers(bill, "equipment", bill.equipment())));
    }

    /** The journey date and route times of the conveyance, then the route times of each bill. */
    static Stream<Spot> routeTimes(Filing filing) {
        Stream<Spot> conveyance = Stream.empty();
        if (filing.conveyance() != null) {
            Stream<Spot> date = filing.conveyance().date() == null ? Stream.empty()
                    : Stream.of(new Spot(null, "conveyance.date", "conveyance date",
                            filing.conveyance().date().value(), filing.conveyance().date().source()));
            conveyance = Stream.concat(date, times(null, "conveyance.route", "conveyance ", filing.conveyance().route()));
        }
        return Stream.concat(conveyance,
                filing.consignments().stream().flatMap(bill -> times(bill, "route", "", bill.route())));
    }

    private static Stream<Spot> amount(Consignment bill, String field, String words, Measure measure) {
        return MissingValues.given(measure) ? Stream.of(new Spot(bill, field, words, measure.amount(), measure.source()))
                : Stream.empty();
    }

    private static Stream<Spot> containers(Consignment bill, String field, List<Equipment> equipment) {
        return IntStream.range(0, equipment.size())
                .filter(i -> equipment.get(i).id() != null && Schemes.CONTAINER.equals(equipment.get(i).id().scheme())
                        && !Bills.isBlank(equipment.get(i).id().value()))
                .mapToObj(i -> new Spot(bill, field + "[" + (i + 1) + "].id", "container number",
                        equipment.get(i).id().value(), equipment.get(i).id().source()));
    }

    private static Stream<Spot> times(Consignment bill, String field, String prefix, List<Place> route) {
        return route.stream().filter(place -> place.role() != null && MissingValues.given(place.time()))
                .map(place -> new Spot(bill, field + "[" + place.role() + "].time",
                        prefix + place.role().name().toLowerCase().replace('_', ' ') + " time",
                        place.time().value(), place.time().source()));
    }
}
