package org.borderedi.gateway.model.canonical;

import java.time.Instant;
import java.util.List;
import org.borderedi.gateway.model.Address;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Conveyance;
import org.borderedi.gateway.model.CrewMember;
import org.borderedi.gateway.model.Envelope;
import org.borderedi.gateway.model.Equipment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.GoodsLine;
import org.borderedi.gateway.model.Hazmat;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.InBond;
import org.borderedi.gateway.model.Measure;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.PlaceRole;
import org.borderedi.gateway.model.Programme;
import org.borderedi.gateway.model.Purpose;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Seal;
import org.borderedi.gateway.model.SecurityNote;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.model.Text;
import org.borderedi.gateway.model.Totals;

/**
 * Filings built by hand for tests of anything that reads the canonical model: a rich sea filing that uses every
 * record and every field, and a minimal one with nothing but what a filing cannot do without.
 */
public final class SampleFilings {

    /** When the rich filing was received. */
    public static final Instant RECEIVED_AT = Instant.parse("2025-03-14T09:26:53.589Z");

    private SampleFilings() {
    }

    /**
     * An X12 309 ocean manifest as the gateway would translate it: a vessel with route and crew, a master bill with
     * two house bills, parties with full addresses and C-TPAT membership, goods with HS codes and hazmat, containers
     * with seals, security notes and an in-bond movement.
     */
    public static Filing richSeaFiling() {
        return new Filing("F-20250314-000042", RECEIVED_AT, "SFTP", "ACME-LINES",
                new SourceFormat("X12", "309", "004010"),
                new Envelope("000000905", "905", "0001", new Identifier("ZZ", "ACMELINES", src("ISA", 1, "06")),
                        new Identifier("ZZ", "CBP-ACE", src("ISA", 1, "08")), true),
                Purpose.ORIGINAL, text("W", "M10", 2, "07"), Mode.SEA, List.of(Programme.ACE_OCEAN, Programme.ACI_MARINE),
                conveyance(), List.of(master(), house("2", "HB-77001", 22), house("3", "HB-77002", 41)));
    }

    /** The least a filing can be: no intake data, no envelope, no conveyance, one bare consignment. */
    public static Filing minimalFiling() {
        return new Filing(null, null, null, null, null, null, null, null, null, List.of(), null,
                List.of(new Consignment("1", null, null, null, List.of(), List.of(), null, List.of(), List.of(), List.of(),
                        List.of(), List.of(), null)));
    }

    private static Conveyance conveyance() {
        return new Conveyance(id(Schemes.VOYAGE, "0425E", "M10", 2, "05"), text("20250310", "P4", 3, "02"),
                id(Schemes.SCAC, "ACML", "M10", 2, "01"), text("MAERSK ÉTOILE", "M10", 2, "04"),
                text("DK", "M10", 2, "03"), List.of(id(Schemes.IMO, "9321483", "M10", 2, "09")),
                List.of(place(PlaceRole.LOADING, Schemes.UNLOCODE, "CNSHA", "SHANGHAI", "2025-03-01", "P5", 4),
                        place(PlaceRole.FIRST_ARRIVAL, Schemes.US_PORT, "2704", "LOS ANGELES", "2025-03-15T06:00", "P4", 3),
                        place(PlaceRole.DISCHARGE, Schemes.US_PORT, "2709", "LONG BEACH", "2025-03-16", "P4", 3)),
                List.of(new CrewMember(text("MASTER", "NM1", 60, "01"), text("Søren Kjær", "NM1", 60, "03"),
                        text("1971-08-02", "DMG", 61, "02"), text("DK", "REF", 62, "03"),
                        List.of(id(Schemes.PASSPORT, "208871234", "REF", 62, "02"),
                                id(Schemes.FAST_CARD, "42001234567890", "REF", 63, "02")))),
                List.of(new Equipment(id(Schemes.CONTAINER, "MSKU9070323", "VID", 20, "02"), null, "EMPTY", List.of())));
    }

    private static Consignment master() {
        return new Consignment("1", ConsignmentRole.MASTER, null, null,
                List.of(id(Schemes.BILL_OF_LADING, "ACML250300123", "M11", 5, "01"),
                        id(Schemes.CARGO_CONTROL_NUMBER, "8XYZ250300123", "M11", 5, "09")),
                List.of(party(PartyRole.SHIPPER, "SH", "Shanghai Export & Co., Ltd.", 6,
                        new Address(List.of(text("No. 88 Century Avenue", "N3", 7, "01"), text("Floor 12 <East>", "N3", 7, "02")),
                                text("Shanghai", "N4", 8, "01"), text("SH", "N4", 8, "02"), text("200120", "N4", 8, "03"),
                                text("CN", "N4", 8, "04")),
                        List.of()),
                        party(PartyRole.CONSIGNEE, "CN", "Pacific Importers Inc.", 9,
                                new Address(List.of(text("1200 Harbor Blvd", "N3", 10, "01")), text("Long Beach", "N4", 11, "01"),
                                        text("CA", "N4", 11, "02"), text("90802", "N4", 11, "03"), text("US", "N4", 11, "04")),
                                List.of(id(Schemes.C_TPAT, "CTPAT-123456", "N1", 9, "04")))),
                new Totals(measure("60", "CT", "CTN", "M11", 5, "05"),
                        measure("12850", "KGM", "K", "M11", 5, "06"), measure("68.4", "MTQ", "X", "M11", 5, "08")),
                List.of(),
                List.of(new Equipment(id(Schemes.CONTAINER, "MSCU1234565", "VID", 12, "02"), text("45G1", "VID", 12, "05"),
                        "LOADED", List.of(new Seal(text("SL0098812", "VID", 12, "03"), text("CA", "VID", 12, "06"), text("BOLT", "VID", 12, null)),
                                new Seal(text("CBP-55102", "VID", 12, "04"), text("CBP", null, 0, null), null)))),
                List.of(place(PlaceRole.LOADING, Schemes.FOREIGN_PORT, "57035", "SHANGHAI", null, "M11", 5),
                        new Place(PlaceRole.DELIVERY, null, text("LONG BEACH, CA", "M11", 5, "12"), null)),
                List.of(text("HEA", "M11", 5, "13")),
                List.of(new SecurityNote(text("US", "OCI", 14, "01"), text("ISS", "OCI", 14, "02"),
                        text("RA", "OCI", 14, "03"), text("00012-01", "OCI", 14, "04"))),
                new InBond(text("61", "M12", 15, "02"), id(Schemes.IN_BOND, "V12345678", "M12", 15, "03"),
                        new Place(PlaceRole.IN_BOND_DESTINATION, id(Schemes.US_PORT, "3901", "M12", 15, "04"),
                                text("CHICAGO", null, 0, null), text("2025-03-20", "M12", 15, "05")),
                        text("ACML", "M12", 15, "07")));
    }

    private static Consignment house(String id, String number, int at) {
        return new Consignment(id, ConsignmentRole.HOUSE, "1", id(Schemes.BILL_OF_LADING, "ACML250300123", "M11", at, "02"),
                List.of(id(Schemes.HOUSE_BILL, number, "M11", at, "01")),
                List.of(party(PartyRole.SHIPPER, "SH", "Lyon Décor SARL", at + 1,
                                new Address(List.of(text("3 Rue de l'Été", "N3", at + 2, "01")), text("Lyon", "N4", at + 3, "01"),
                                        null, text("69002", "N4", at + 3, "03"), text("FR", "N4", at + 3, "04")),
                                List.of(id(Schemes.AEO, "FRAEOF000123", "N1", at + 1, "04"))),
                        new Party(PartyRole.NOTIFY, text("N1", "N1", at + 4, "01"), text("Customs Broker \"B&B\"", "N1", at + 4, "02"),
                                null, text("+1 562 555 0100", "PER", at + 5, "04"),
                                List.of(id("EI", "95-1234567", "N1", at + 4, "04")), List.of())),
                new Totals(measure("30", "CT", "CTN", "M11", at, "05"),
                        measure("14165.5", "LBR", "L", "M11", at, "06"), null),
                List.of(new GoodsLine(text("1", "N10", at + 6, "00"), text("LITHIUM ION BATTERIES\nPACKED WITH EQUIPMENT", "N10", at + 6, "02"),
                                measure("20", "CT", "CTN", "N10", at + 6, "01"), measure("6000", "KGM", "K", "N10", at + 6, "08"),
                                measure("12.5", "MTQ", "X", "N10", at + 6, "09"), text("MADE IN CHINA\r\nNO 1-20", "N10", at + 6, "03"),
                                id(Schemes.HS, "850760", "N10", at + 6, "04"), text("CN", "N10", at + 6, "05"),
                                measure("48000.00", "USD", "USD", "N10", at + 6, "06"),
                                new Hazmat(text("UN3481", "H1", at + 7, "01"), text("9", "H1", at + 7, "02"),
                                        text("II", "H1", at + 7, "03"), text("LITHIUM ION BATTERIES PACKED WITH EQUIPMENT", "H2", at + 8, "01"),
                                        text("CHEMTREC +1 800 424 9300", "H1", at + 7, "07")),
                                List.of(text("MSCU1234565", "N10", at + 6, "10"))),
                        new GoodsLine(text("2", null, 0, null), text("  CERAMIC TILES  ", "N10", at + 9, "02"), null, null, null, null,
                                new Identifier(Schemes.HS, "6907.21", null), null, null, null, List.of())),
                List.of(), List.of(), List.of(), List.of(), null);
    }

    private static Party party(PartyRole role, String nativeRole, String name, int at, Address address,
            List<Identifier> memberships) {
        return new Party(role, text(nativeRole, "N1", at, "01"), text(name, "N1", at, "02"), address,
                text("Ops Desk", "PER", at, "02"), List.of(id("DUNS", "12-345-" + at, "N1", at, "04")), memberships);
    }

    private static Place place(PlaceRole role, String scheme, String code, String name, String time, String segment,
            int position) {
        return new Place(role, id(scheme, code, segment, position, "01"), text(name, segment, position, "02"),
                time == null ? null : text(time, segment, position, "03"));
    }

    private static Text text(String value, String segment, int position, String element) {
        return new Text(value, segment == null ? null : new Source(segment, position, element));
    }

    private static Identifier id(String scheme, String value, String segment, int position, String element) {
        return new Identifier(scheme, value, new Source(segment, position, element));
    }

    private static Measure measure(String amount, String unit, String originalUnit, String segment, int position,
            String element) {
        return new Measure(amount, unit, originalUnit, new Source(segment, position, element));
    }

    private static Source src(String segment, int position, String element) {
        return new Source(segment, position, element);
    }
}
