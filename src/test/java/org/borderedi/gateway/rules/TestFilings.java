package org.borderedi.gateway.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.borderedi.gateway.model.Address;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Conveyance;
import org.borderedi.gateway.model.Equipment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.GoodsLine;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Measure;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.PlaceRole;
import org.borderedi.gateway.model.Programme;
import org.borderedi.gateway.model.Purpose;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.model.Text;
import org.borderedi.gateway.model.Totals;

/**
 * Compliant filings built in Java (an air consolidation, a simple air bill, an ocean bill, a truck bill) and the means
 * to spoil one field of them. Each value's source names the segment and element a mapping would have given it.
 */
final class TestFilings {

    /** "Today" for the date rules. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    static final String AWB = "618-12345675";

    private TestFilings() {
    }

    /** A PACT consolidation on flight KE081: master 1 (AWB 618-12345675) with houses 2 and 3. */
    static Filing airConsolidation() {
        Consignment master = new Consignment("1", ConsignmentRole.MASTER, null, null,
                List.of(new Identifier(Schemes.MASTER_AIR_WAYBILL, AWB, src("AWB", 2, "01"))),
                List.of(party(PartyRole.SHIPPER, "SHP", 3, "HANJIN LOGISTICS", "55 GONGHANG-RO", "INCHEON", "KR"),
                        party(PartyRole.CONSIGNEE, "CNE", 4, "CASCADE FORWARDING", "8 AIRPORT RD", "RICHMOND", "CA")),
                totals("AWB", 2, "5", "25.0"),
                List.of(line("NG", 5, "CONSOLIDATION", "5", "25.0", null)),
                List.of(), List.of(), List.of(), List.of(), null);
        Consignment house2 = house("2", "SEL22222222", 10,
                party(PartyRole.SHIPPER, "SHP", 11, "SEOUL ELECTRONICS CO", "12 TEHERAN-RO", "SEOUL", "KR"),
                party(PartyRole.CONSIGNEE, "CNE", 12, "MAPLE IMPORTS LTD", "100 GRANVILLE ST", "VANCOUVER", "CA"),
                "2", "10.0", line("TXT", 13, "MOBILE PHONES", "2", "10.0", "8517.13"));
        Consignment house3 = house("3", "SEL33333333", 20,
                party(PartyRole.SHIPPER, "SHP", 21, "BUSAN COMPUTING", "7 HAEUNDAE-RO", "BUSAN", "KR"),
                party(PartyRole.CONSIGNEE, "CNE", 22, "PRAIRIE TECH INC", "40 ALBERT ST", "WINNIPEG", "CA"),
                "3", "15.0", line("TXT", 23, "LAPTOP COMPUTERS", "3", "15.0", "847130"));
        return new Filing("F-AIR", null, null, "KE", new SourceFormat("CARGO-IMP", "FWB", "17"), null,
                Purpose.ORIGINAL, null, Mode.AIR, List.of(Programme.PACT), flight(), List.of(master, house2, house3));
    }

    /** A PACT filing of one simple air bill 1 (AWB 618-12345675). */
    static Filing simpleAirBill() {
        Consignment bill = new Consignment("1", ConsignmentRole.SIMPLE, null, null,
                List.of(new Identifier(Schemes.MASTER_AIR_WAYBILL, AWB, src("AWB", 2, "01"))),
                List.of(party(PartyRole.SHIPPER, "SHP", 3, "SEOUL ELECTRONICS CO", "12 TEHERAN-RO", "SEOUL", "KR"),
                        party(PartyRole.CONSIGNEE, "CNE", 4, "MAPLE IMPORTS LTD", "100 GRANVILLE ST", "VANCOUVER", "CA")),
                totals("AWB", 2, "4", "12.5"),
                List.of(line("NG", 5, "MOBILE PHONES", "4", "12.5", null)),
                List.of(), List.of(), List.of(), List.of(), null);
        return new Filing("F-FWB", null, null, "KE", new SourceFormat("CARGO-IMP", "FWB", "17"), null,
                Purpose.ORIGINAL, null, Mode.AIR, List.of(Programme.PACT), flight(), List.of(bill));
    }

    /** An ACE ocean 309 of one bill of lading MAEU123456789 in container CSQU3054383, two goods lines. */
    static Filing oceanBill() {
        Conveyance vessel = new Conveyance(new Identifier(Schemes.VOYAGE, "123E", src("M10", 2, "05")),
                new Text("2026-02-20", src("P4", 3, "02")), new Identifier(Schemes.SCAC, "MAEU", src("M10", 2, "01")),
                Text.of("MAERSK ESSEN"), null, List.of(),
                List.of(place(PlaceRole.LOADING, "CNSHA", "2026-02-20", "M11", 4),
                        place(PlaceRole.FIRST_ARRIVAL, "USLAX", "2026-03-05", "P4", 3)),
                List.of(), List.of());
        Consignment bill = new Consignment("1", ConsignmentRole.SIMPLE, null, null,
                List.of(new Identifier(Schemes.BILL_OF_LADING, "MAEU123456789", src("M11", 4, "02"))),
                List.of(party(PartyRole.SHIPPER, "N1", 5, "NINGBO FURNITURE CO", "88 ZHONGSHAN RD", "NINGBO", "CN"),
                        party(PartyRole.CONSIGNEE, "N1", 7, "WEST COAST HOME INC", "500 HARBOR BLVD", "LONG BEACH", "US")),
                new Totals(measure("100", "CTN", "M11", 4, "06"), measure("2380", "KGM", "M11", 4, "08"), null),
                List.of(line("N10", 10, "FURNITURE", "60", "CTN", "1400", "9403.60"),
                        line("N10", 11, "LAMPS", "40", "CTN", "980", "9405.10.00")),
                List.of(new Equipment(new Identifier(Schemes.CONTAINER, "CSQU3054383", src("VID", 9, "02")),
                        Text.of("45G1"), "LOADED", List.of())),
                List.of(place(PlaceRole.DELIVERY, "USCHI", "2026-03-10", "R4", 8)), List.of(), List.of(), null);
        return new Filing("F-309", null, null, "MAEU", new SourceFormat("X12", "309", "004010"), null,
                Purpose.ORIGINAL, null, Mode.SEA, List.of(Programme.ACE_OCEAN), vessel, List.of(bill));
    }

    /** An ACI highway filing of one bill on trip 1234 with a trailer. */
    static Filing truckBill() {
        Filing ocean = oceanBill();
        Conveyance truck = new Conveyance(new Identifier(Schemes.TRIP, "ABCD1234", src("M10", 2, "05")), null,
                new Identifier(Schemes.CBSA_CARRIER, "ABCD", src("M10", 2, "01")), null, null, List.of(),
                List.of(place(PlaceRole.FIRST_ARRIVAL, "0427", "2026-03-02T09:30", "P4", 3)), List.of(),
                List.of(new Equipment(new Identifier(Schemes.TRAILER, "TRL-77", src("VID", 4, "02")), null, null,
                        List.of())));
        Filing truck1 = edit(ocean, "1", b -> {
            b.equipment = List.of();
            b.route = List.of();
        });
        return new Filing("F-HWY", null, null, "ABCD", new SourceFormat("X12", "309", "004010"), null,
                Purpose.ORIGINAL, null, Mode.ROAD, List.of(Programme.ACI_HIGHWAY), truck, truck1.consignments());
    }

    /** The filing with one consignment changed through a draft of it. */
    static Filing edit(Filing filing, String consignmentId, Consumer<Draft> change) {
        List<Consignment> consignments = new ArrayList<>();
        for (Consignment c : filing.consignments()) {
            if (c.id().equals(consignmentId)) {
                Draft draft = new Draft(c);
                change.accept(draft);
                consignments.add(draft.build());
            } else {
                consignments.add(c);
            }
        }
        return consignments(filing, consignments);
    }

    /** The filing with only the consignments of these ids, in this order. */
    static Filing only(Filing filing, String... ids) {
        return consignments(filing, List.of(ids).stream().map(filing::consignment).toList());
    }

    static Filing consignments(Filing f, List<Consignment> consignments) {
        return new Filing(f.id(), f.receivedAt(), f.channel(), f.partner(), f.format(), f.envelope(), f.purpose(),
                f.purposeCode(), f.mode(), f.programmes(), f.conveyance(), consignments);
    }

    static Filing programmes(Filing f, Mode mode, Programme... programmes) {
        return new Filing(f.id(), f.receivedAt(), f.channel(), f.partner(), f.format(), f.envelope(), f.purpose(),
                f.purposeCode(), mode, List.of(programmes), f.conveyance(), f.consignments());
    }

    static Filing conveyance(Filing f, Conveyance conveyance) {
        return new Filing(f.id(), f.receivedAt(), f.channel(), f.partner(), f.format(), f.envelope(), f.purpose(),
                f.purposeCode(), f.mode(), f.programmes(), conveyance, f.consignments());
    }

    static Filing conveyanceDate(Filing f, String date) {
        Conveyance c = f.conveyance();
        return conveyance(f, new Conveyance(c.journey(), new Text(date, c.date().source()), c.carrier(), c.name(),
                c.nationality(), c.identifiers(), c.route(), c.crew(), c.equipment()));
    }

    static Filing conveyanceRoute(Filing f, Place... route) {
        Conveyance c = f.conveyance();
        return conveyance(f, new Conveyance(c.journey(), c.date(), c.carrier(), c.name(), c.nationality(),
                c.identifiers(), List.of(route), c.crew(), c.equipment()));
    }

    static Filing conveyanceEquipment(Filing f, Equipment... equipment) {
        Conveyance c = f.conveyance();
        return conveyance(f, new Conveyance(c.journey(), c.date(), c.carrier(), c.name(), c.nationality(),
                c.identifiers(), c.route(), c.crew(), List.of(equipment)));
    }

    static Equipment container(String number) {
        return new Equipment(new Identifier(Schemes.CONTAINER, number, src("VID", 9, "02")), null, null, List.of());
    }

    /** A party with a full address, its values sourced from one segment (or Cargo-IMP line). */
    static Party party(PartyRole role, String segment, int position, String name, String street, String city,
            String country) {
        return new Party(role, new Text(segment, src(segment, position, null)), text(name, segment, position, "NAM"),
                new Address(street == null ? List.of() : List.of(text(street, segment, position, "ADR")),
                        text(city, segment, position, "LOC"), null, null, text(country, segment, position, "CTRY")),
                null, List.of(), List.of());
    }

    static GoodsLine line(String segment, int position, String description, String pieces, String kilograms,
            String hsCode) {
        return line(segment, position, description, pieces, null, kilograms, hsCode);
    }

    static GoodsLine line(String segment, int position, String description, String pieces, String packageType,
            String kilograms, String hsCode) {
        return new GoodsLine(null, text(description, segment, position, "01"),
                measure(pieces, packageType, segment, position, "02"),
                measure(kilograms, "KGM", segment, position, "03"), null, null,
                hsCode == null ? null : new Identifier(Schemes.HS, hsCode, src(segment, position, "04")), null, null,
                null, List.of());
    }

    static Measure measure(String amount, String unit, String segment, int position, String element) {
        return amount == null ? null : new Measure(amount, unit, unit == null ? null : unit.substring(0, 1),
                src(segment, position, element));
    }

    static Place place(PlaceRole role, String code, String time, String segment, int position) {
        return new Place(role, new Identifier(Schemes.UNLOCODE, code, src(segment, position, "01")), null,
                text(time, segment, position, "03"));
    }

    static Source src(String segment, int position, String element) {
        return new Source(segment, position, element);
    }

    private static Text text(String value, String segment, int position, String element) {
        return value == null ? null : new Text(value, src(segment, position, element));
    }

    private static Totals totals(String segment, int position, String pieces, String kilograms) {
        return new Totals(measure(pieces, null, segment, position, "02"),
                measure(kilograms, "KGM", segment, position, "03"), null);
    }

    private static Consignment house(String id, String hawb, int position, Party shipper, Party consignee,
            String pieces, String kilograms, GoodsLine goods) {
        return new Consignment(id, ConsignmentRole.HOUSE, "1",
                new Identifier(Schemes.MASTER_AIR_WAYBILL, AWB, src("MBI", 1, "01")),
                List.of(new Identifier(Schemes.HOUSE_AIR_WAYBILL, hawb, src("HBS", position, "01"))),
                List.of(shipper, consignee), totals("HBS", position, pieces, kilograms), List.of(goods), List.of(),
                List.of(), List.of(), List.of(), null);
    }

    private static Conveyance flight() {
        return new Conveyance(new Identifier(Schemes.FLIGHT, "KE081", src("FLT", 1, "01")),
                new Text("2026-03-02", src("FLT", 1, "02")), new Identifier(Schemes.IATA_AIRLINE, "KE", src("FLT", 1, "01")),
                null, null, List.of(),
                List.of(place(PlaceRole.LOADING, "KRICN", "2026-03-02T10:15", "RTG", 1),
                        place(PlaceRole.FIRST_ARRIVAL, "CAYVR", "2026-03-02T08:40", "RTG", 1)),
                List.of(), List.of());
    }

    /** A consignment taken apart for a test to change one field, then put back together. */
    static final class Draft {
        String parent;
        Identifier parentReference;
        List<Identifier> references;
        List<Party> parties;
        Totals totals;
        List<GoodsLine> goods;
        List<Equipment> equipment;
        List<Place> route;
        private final Consignment original;

        Draft(Consignment c) {
            original = c;
            parent = c.parent();
            parentReference = c.parentReference();
            references = c.references();
            parties = c.parties();
            totals = c.totals();
            goods = c.goods();
            equipment = c.equipment();
            route = c.route();
        }

        /** Replaces the party in this role, or drops it when {@code party} is null. */
        void party(PartyRole role, Party party) {
            List<Party> changed = new ArrayList<>(parties.stream().filter(p -> p.role() != role).toList());
            if (party != null) {
                changed.add(party);
            }
            parties = changed;
        }

        void grossWeight(Measure weight) {
            totals = new Totals(totals.pieces(), weight, totals.volume());
        }

        void pieces(Measure pieces) {
            totals = new Totals(pieces, totals.grossWeight(), totals.volume());
        }

        Consignment build() {
            return new Consignment(original.id(), original.role(), parent, parentReference, references, parties, totals,
                    goods, equipment, route, original.handlingCodes(), original.security(), original.inBond());
        }
    }
}
