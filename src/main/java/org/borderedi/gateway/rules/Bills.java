package org.borderedi.gateway.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Source;

/** How rules find their way between the bills of a filing: masters and their houses, bill numbers, and bill names. */
final class Bills {

    private static final Map<String, String> SCHEME_WORDS = Map.of(
            Schemes.BILL_OF_LADING, "B/L",
            Schemes.HOUSE_BILL, "house B/L",
            Schemes.CARGO_CONTROL_NUMBER, "CCN");

    private Bills() {
    }

    /**
     * The houses under a consignment: those naming it as parent, and those without a parent id whose master bill
     * number is one of its references.
     */
    static List<Consignment> housesOf(Filing filing, Consignment master) {
        return filing.consignments().stream()
                .filter(c -> c.role() == ConsignmentRole.HOUSE && c != master)
                .filter(c -> master.id().equals(c.parent()) || c.parent() == null && namesByReference(c, master))
                .toList();
    }

    /** The master consignment of a house within the filing, or null when the filing does not hold it. */
    static Consignment masterOf(Filing filing, Consignment house) {
        return filing.consignments().stream()
                .filter(c -> c != house && c.role() != ConsignmentRole.HOUSE)
                .filter(c -> c.id().equals(house.parent()) || house.parent() == null && namesByReference(house, c))
                .findFirst().orElse(null);
    }

    /** The consignments the pre-load 7+1 data is asked of: every consignment with no houses under it. */
    static Stream<Consignment> withoutHouses(Filing filing) {
        return filing.consignments().stream().filter(c -> housesOf(filing, c).isEmpty());
    }

    /** The consignment's air waybill number: its first reference in the AWB scheme, or null. */
    static Identifier airWaybill(Consignment bill) {
        return reference(bill, Schemes.MASTER_AIR_WAYBILL);
    }

    /** The house's own number: its first reference in the HAWB or house bill scheme, or null. */
    static Identifier houseNumber(Consignment house) {
        Identifier hawb = reference(house, Schemes.HOUSE_AIR_WAYBILL);
        return hawb != null ? hawb : reference(house, Schemes.HOUSE_BILL);
    }

    /** "house 2 (HAWB SEL22222222)": how findings name a bill, by its role, id and own number. */
    static String label(Consignment bill) {
        String role = switch (bill.role()) {
            case MASTER -> "master";
            case HOUSE -> "house";
            case SIMPLE -> "bill";
        };
        Identifier number = bill.number();
        if (number == null || isBlank(number.value())) {
            return role + " " + bill.id();
        }
        return role + " " + bill.id() + " (" + SCHEME_WORDS.getOrDefault(number.scheme(), number.scheme()) + " "
                + number.value() + ")";
    }

    /** Where the bill's own number came from: the nearest source for a value the bill lacks. */
    static Source numberSource(Consignment bill) {
        return bill.number() == null ? null : bill.number().source();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static Identifier reference(Consignment bill, String scheme) {
        return bill.references().stream()
                .filter(r -> scheme.equals(r.scheme()) && !isBlank(r.value()))
                .findFirst().orElse(null);
    }

    private static boolean namesByReference(Consignment house, Consignment master) {
        Identifier parent = house.parentReference();
        return parent != null && !isBlank(parent.value())
                && master.references().stream().map(Identifier::value).anyMatch(v -> Objects.equals(v, parent.value()));
    }
}
