package org.borderedi.gateway.model;

import java.util.List;

/**
 * One bill: a master with houses under it, a house (whose {@code parent} names the master by id and whose
 * {@code parentReference} carries the master's bill number as the filer wrote it), or a simple bill.
 *
 * @param id              the consignment's id within the filing ("1", "2", ...), for parent links and findings
 * @param parent          the id of the master consignment in the same filing, or null
 * @param parentReference the master's bill number (AWB, master bill of lading), or null
 * @param references      bill of lading, house bill, AWB, HAWB, CCN, ... (the first is the consignment's own number)
 * @param route           the consignment's own places (loading, discharge, delivery, origin, destination)
 * @param handlingCodes   special handling codes (SPH), as written
 */
public record Consignment(String id, ConsignmentRole role, String parent, Identifier parentReference,
        List<Identifier> references, List<Party> parties, Totals totals, List<GoodsLine> goods, List<Equipment> equipment,
        List<Place> route, List<Text> handlingCodes, List<SecurityNote> security, InBond inBond) {

    public Consignment {
        references = List.copyOf(references);
        parties = List.copyOf(parties);
        totals = totals == null ? Totals.NONE : totals;
        goods = List.copyOf(goods);
        equipment = List.copyOf(equipment);
        route = List.copyOf(route);
        handlingCodes = List.copyOf(handlingCodes);
        security = List.copyOf(security);
    }

    /** The consignment's own number: its first reference, or null when it has none. */
    public Identifier number() {
        return references.isEmpty() ? null : references.get(0);
    }

    /** The first party in this role, or null. */
    public Party party(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).findFirst().orElse(null);
    }
}
