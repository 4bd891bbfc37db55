package org.borderedi.gateway.model.canonical;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.borderedi.gateway.model.Seal;
import org.borderedi.gateway.model.SecurityNote;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.model.Text;
import org.borderedi.gateway.model.Totals;

/**
 * Turns the JSON tree of a canonical filing back into the model's records, holding it to the same rules the XML
 * schema sets (enumerations, required schemes and amounts, unique consignment ids, parents that exist).
 */
final class JsonFilingReader {

    private static final Set<String> LOAD_STATUSES = Set.of("LOADED", "EMPTY");

    Filing read(JsonMembers root) {
        String receivedAt = root.string("receivedAt");
        List<Programme> programmes = new ArrayList<>();
        for (String programme : root.strings("programmes")) {
            programmes.add(JsonMembers.constant(root.path("programmes"), programme, Programme.class));
        }
        Filing filing = new Filing(root.string("id"), receivedAt == null ? null : instant(root.path("receivedAt"), receivedAt),
                root.string("channel"), root.string("partner"), root.object("format", JsonFilingReader::format),
                root.object("envelope", JsonFilingReader::envelope), root.constant("purpose", Purpose.class),
                root.object("purposeCode", JsonFilingReader::text), root.constant("mode", Mode.class), programmes,
                root.object("conveyance", JsonFilingReader::conveyance),
                root.objects("consignments", JsonFilingReader::consignment));
        root.refuseUnknown();
        checkConsignmentIds(filing.consignments());
        return filing;
    }

    private static Instant instant(String path, String dateTime) {
        try {
            return OffsetDateTime.parse(dateTime).toInstant();
        } catch (DateTimeParseException e) {
            throw new CanonicalFormatException(path + ": needs an ISO 8601 date-time with a zone: " + dateTime);
        }
    }

    private static void checkConsignmentIds(List<Consignment> consignments) {
        Set<String> ids = new HashSet<>();
        for (Consignment consignment : consignments) {
            if (!ids.add(consignment.id())) {
                throw new CanonicalFormatException("$.consignments: id " + consignment.id() + " is used twice");
            }
        }
        for (Consignment consignment : consignments) {
            if (consignment.parent() != null && !ids.contains(consignment.parent())) {
                throw new CanonicalFormatException("$.consignments: consignment " + consignment.id()
                        + " names a parent that is not in the filing: " + consignment.parent());
            }
        }
    }

    private static SourceFormat format(JsonMembers o) {
        return new SourceFormat(o.string("standard"), o.string("message"), o.string("version"));
    }

    private static Envelope envelope(JsonMembers o) {
        return new Envelope(o.string("interchange"), o.string("group"), o.string("message"),
                o.object("sender", JsonFilingReader::identifier), o.object("receiver", JsonFilingReader::identifier),
                o.bool("test"));
    }

    private static Conveyance conveyance(JsonMembers o) {
        return new Conveyance(o.object("journey", JsonFilingReader::identifier), o.object("date", JsonFilingReader::text),
                o.object("carrier", JsonFilingReader::identifier), o.object("name", JsonFilingReader::text),
                o.object("nationality", JsonFilingReader::text), o.objects("identifiers", JsonFilingReader::identifier),
                o.objects("route", JsonFilingReader::place), o.objects("crew", JsonFilingReader::crewMember),
                o.objects("equipment", JsonFilingReader::equipment));
    }

    private static CrewMember crewMember(JsonMembers o) {
        return new CrewMember(o.object("role", JsonFilingReader::text), o.object("name", JsonFilingReader::text),
                o.object("birthDate", JsonFilingReader::text), o.object("nationality", JsonFilingReader::text),
                o.objects("documents", JsonFilingReader::identifier));
    }

    private static Consignment consignment(JsonMembers o) {
        return new Consignment(o.requiredString("id"), o.constant("role", ConsignmentRole.class), o.string("parent"),
                o.object("parentReference", JsonFilingReader::identifier),
                o.objects("references", JsonFilingReader::identifier), o.objects("parties", JsonFilingReader::party),
                o.object("totals", JsonFilingReader::totals), o.objects("goods", JsonFilingReader::goodsLine),
                o.objects("equipment", JsonFilingReader::equipment), o.objects("route", JsonFilingReader::place),
                o.objects("handlingCodes", JsonFilingReader::text), o.objects("security", JsonFilingReader::securityNote),
                o.object("inBond", JsonFilingReader::inBond));
    }

    private static Party party(JsonMembers o) {
        return new Party(o.constant("role", PartyRole.class), o.object("nativeRole", JsonFilingReader::text),
                o.object("name", JsonFilingReader::text), o.object("address", JsonFilingReader::address),
                o.object("contact", JsonFilingReader::text), o.objects("identifiers", JsonFilingReader::identifier),
                o.objects("memberships", JsonFilingReader::identifier));
    }

    private static Address address(JsonMembers o) {
        return new Address(o.objects("street", JsonFilingReader::text), o.object("city", JsonFilingReader::text),
                o.object("subdivision", JsonFilingReader::text), o.object("postalCode", JsonFilingReader::text),
                o.object("country", JsonFilingReader::text));
    }

    private static Totals totals(JsonMembers o) {
        return new Totals(o.object("pieces", JsonFilingReader::measure), o.object("grossWeight", JsonFilingReader::measure),
                o.object("volume", JsonFilingReader::measure));
    }

    private static GoodsLine goodsLine(JsonMembers o) {
        return new GoodsLine(o.object("sequence", JsonFilingReader::text), o.object("description", JsonFilingReader::text),
                o.object("pieces", JsonFilingReader::measure), o.object("grossWeight", JsonFilingReader::measure),
                o.object("volume", JsonFilingReader::measure), o.object("marks", JsonFilingReader::text),
                o.object("hsCode", JsonFilingReader::identifier), o.object("origin", JsonFilingReader::text),
                o.object("value", JsonFilingReader::measure), o.object("hazmat", JsonFilingReader::hazmat),
                o.objects("equipmentRefs", JsonFilingReader::text));
    }

    private static Hazmat hazmat(JsonMembers o) {
        return new Hazmat(o.object("unNumber", JsonFilingReader::text), o.object("hazardClass", JsonFilingReader::text),
                o.object("packingGroup", JsonFilingReader::text), o.object("properShippingName", JsonFilingReader::text),
                o.object("contact", JsonFilingReader::text));
    }

    private static Equipment equipment(JsonMembers o) {
        String loadStatus = o.string("loadStatus");
        if (loadStatus != null && !LOAD_STATUSES.contains(loadStatus)) {
            throw new CanonicalFormatException(o.path("loadStatus") + ": " + loadStatus + " is not one of [LOADED, EMPTY]");
        }
        return new Equipment(o.object("id", JsonFilingReader::identifier), o.object("isoType", JsonFilingReader::text),
                loadStatus, o.objects("seals", JsonFilingReader::seal));
    }

    private static Seal seal(JsonMembers o) {
        return new Seal(o.object("number", JsonFilingReader::text), o.object("issuer", JsonFilingReader::text),
                o.object("type", JsonFilingReader::text));
    }

    private static Place place(JsonMembers o) {
        return new Place(o.constant("role", PlaceRole.class), o.object("location", JsonFilingReader::identifier),
                o.object("name", JsonFilingReader::text), o.object("time", JsonFilingReader::text));
    }

    private static SecurityNote securityNote(JsonMembers o) {
        return new SecurityNote(o.object("country", JsonFilingReader::text),
                o.object("informationId", JsonFilingReader::text), o.object("controlCode", JsonFilingReader::text),
                o.object("value", JsonFilingReader::text));
    }

    private static InBond inBond(JsonMembers o) {
        return new InBond(o.object("type", JsonFilingReader::text), o.object("number", JsonFilingReader::identifier),
                o.object("destination", JsonFilingReader::place), o.object("carrier", JsonFilingReader::text));
    }

    private static Text text(JsonMembers o) {
        return new Text(o.requiredString("value"), SourceNotation.parse(o.string("src"), o.path("src")));
    }

    private static Identifier identifier(JsonMembers o) {
        return new Identifier(o.requiredString("scheme"), o.requiredString("value"),
                SourceNotation.parse(o.string("src"), o.path("src")));
    }

    private static Measure measure(JsonMembers o) {
        return new Measure(o.requiredString("amount"), o.string("unit"), o.string("originalUnit"),
                SourceNotation.parse(o.string("src"), o.path("src")));
    }
}
