package org.borderedi.gateway.targeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Equipment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.GoodsLine;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.Text;

/** One consignment as targeting receives it, the forwarded filing narrowed to that bill, read the way the rules ask. */
record Shipment(Filing filing, Consignment consignment) {

    /** The shipment of a forwarded filing; refuses a filing that is not narrowed to exactly one consignment. */
    static Shipment of(Filing filing) {
        if (filing.consignments().size() != 1) {
            throw new IllegalArgumentException("a shipment is a filing with exactly one consignment, filing "
                    + filing.id() + " has " + filing.consignments().size());
        }
        return new Shipment(filing, filing.consignments().get(0));
    }

    Mode mode() {
        return filing.mode();
    }

    boolean isAir() {
        return filing.mode() == Mode.AIR;
    }

    /** The places of the conveyance's route, then the consignment's own. */
    Stream<Place> places() {
        Stream<Place> conveyance = filing.conveyance() == null ? Stream.empty() : filing.conveyance().route().stream();
        return Stream.concat(conveyance, consignment.route().stream());
    }

    /**
     * The equipment the consignment travels in: its own, and the conveyance's equipment its goods lines name (a
     * consist lists every car of the train; only those holding this bill's goods count).
     */
    List<Equipment> equipment() {
        List<Equipment> equipment = new ArrayList<>(consignment.equipment());
        if (filing.conveyance() != null) {
            Set<String> referenced = consignment.goods().stream().map(GoodsLine::equipmentRefs).flatMap(List::stream)
                    .map(Text::value).collect(Collectors.toSet());
            filing.conveyance().equipment().stream()
                    .filter(e -> e.id() != null && referenced.contains(e.id().value()))
                    .filter(e -> !equipment.contains(e))
                    .forEach(equipment::add);
        }
        return equipment;
    }
}
