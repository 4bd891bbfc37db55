package org.borderedi.gateway.model.canonical;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.borderedi.gateway.model.Address;
import org.borderedi.gateway.model.Consignment;
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
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.Programme;
import org.borderedi.gateway.model.Seal;
import org.borderedi.gateway.model.SecurityNote;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.model.Text;
import org.borderedi.gateway.model.Totals;

/**
 * Writes a filing as canonical XML (mappings/canonical/filing.xsd), one element per record component in component
 * order, leaving out null values and empty lists.
 */
final class XmlFilingWriter {

    private final IndentedXmlOutput out;

    XmlFilingWriter(IndentedXmlOutput out) {
        this.out = out;
    }

    void write(Filing filing) throws XMLStreamException {
        out.startDocument("Filing");
        out.attribute("id", filing.id());
        out.attribute("receivedAt", filing.receivedAt() == null ? null : filing.receivedAt().toString());
        out.attribute("channel", filing.channel());
        out.attribute("partner", filing.partner());
        format(filing.format());
        envelope(filing.envelope());
        if (filing.purpose() != null) {
            leaf("Purpose", filing.purpose().name());
        }
        text("PurposeCode", filing.purposeCode());
        if (filing.mode() != null) {
            leaf("Mode", filing.mode().name());
        }
        if (!filing.programmes().isEmpty()) {
            out.start("Programmes");
            for (Programme programme : filing.programmes()) {
                leaf("Programme", programme.name());
            }
            out.end();
        }
        conveyance(filing.conveyance());
        if (!filing.consignments().isEmpty()) {
            out.start("Consignments");
            for (Consignment consignment : filing.consignments()) {
                consignment(consignment);
            }
            out.end();
        }
        out.endDocument();
    }

    private void format(SourceFormat format) throws XMLStreamException {
        if (format == null) {
            return;
        }
        out.empty("Format");
        out.attribute("standard", format.standard());
        out.attribute("message", format.message());
        out.attribute("version", format.version());
    }

    private void envelope(Envelope envelope) throws XMLStreamException {
        if (Envelope.NONE.equals(envelope)) {
            return;
        }
        out.start("Envelope");
        out.attribute("interchange", envelope.interchange());
        out.attribute("group", envelope.group());
        out.attribute("message", envelope.message());
        out.attribute("test", Boolean.toString(envelope.test()));
        identifier("Sender", envelope.sender());
        identifier("Receiver", envelope.receiver());
        out.end();
    }

    private void conveyance(Conveyance conveyance) throws XMLStreamException {
        if (conveyance == null) {
            return;
        }
        out.start("Conveyance");
        identifier("Journey", conveyance.journey());
        text("Date", conveyance.date());
        identifier("Carrier", conveyance.carrier());
        text("Name", conveyance.name());
        text("Nationality", conveyance.nationality());
        identifiers("Identifiers", "Identifier", conveyance.identifiers());
        route(conveyance.route());
        if (!conveyance.crew().isEmpty()) {
            out.start("Crew");
            for (CrewMember member : conveyance.crew()) {
                crewMember(member);
            }
            out.end();
        }
        equipmentList(conveyance.equipment());
        out.end();
    }

    private void crewMember(CrewMember member) throws XMLStreamException {
        out.start("CrewMember");
        text("Role", member.role());
        text("Name", member.name());
        text("BirthDate", member.birthDate());
        text("Nationality", member.nationality());
        identifiers("Documents", "Document", member.documents());
        out.end();
    }

    private void consignment(Consignment consignment) throws XMLStreamException {
        if (consignment.id() == null) {
            throw new IllegalArgumentException("a consignment without an id");
        }
        out.start("Consignment");
        out.attribute("id", consignment.id());
        out.attribute("role", consignment.role() == null ? null : consignment.role().name());
        out.attribute("parent", consignment.parent());
        identifier("ParentReference", consignment.parentReference());
        identifiers("References", "Reference", consignment.references());
        if (!consignment.parties().isEmpty()) {
            out.start("Parties");
            for (Party party : consignment.parties()) {
                party(party);
            }
            out.end();
        }
        totals(consignment.totals());
        if (!consignment.goods().isEmpty()) {
            out.start("Goods");
            for (GoodsLine line : consignment.goods()) {
                goodsLine(line);
            }
            out.end();
        }
        equipmentList(consignment.equipment());
        route(consignment.route());
        texts("HandlingCodes", "HandlingCode", consignment.handlingCodes());
        if (!consignment.security().isEmpty()) {
            out.start("Security");
            for (SecurityNote note : consignment.security()) {
                out.start("SecurityNote");
                text("Country", note.country());
                text("InformationId", note.informationId());
                text("ControlCode", note.controlCode());
                text("Value", note.value());
                out.end();
            }
            out.end();
        }
        inBond(consignment.inBond());
        out.end();
    }

    private void party(Party party) throws XMLStreamException {
        out.start("Party");
        out.attribute("role", party.role() == null ? null : party.role().name());
        text("NativeRole", party.nativeRole());
        text("Name", party.name());
        address(party.address());
        text("Contact", party.contact());
        identifiers("Identifiers", "Identifier", party.identifiers());
        identifiers("Memberships", "Membership", party.memberships());
        out.end();
    }

    private void address(Address address) throws XMLStreamException {
        if (address == null) {
            return;
        }
        out.start("Address");
        texts("Street", "Line", address.street());
        text("City", address.city());
        text("Subdivision", address.subdivision());
        text("PostalCode", address.postalCode());
        text("Country", address.country());
        out.end();
    }

    private void totals(Totals totals) throws XMLStreamException {
        if (Totals.NONE.equals(totals)) {
            return;
        }
        out.start("Totals");
        measure("Pieces", totals.pieces());
        measure("GrossWeight", totals.grossWeight());
        measure("Volume", totals.volume());
        out.end();
    }

    private void goodsLine(GoodsLine line) throws XMLStreamException {
        out.start("GoodsLine");
        text("Sequence", line.sequence());
        text("Description", line.description());
        measure("Pieces", line.pieces());
        measure("GrossWeight", line.grossWeight());
        measure("Volume", line.volume());
        text("Marks", line.marks());
        identifier("HsCode", line.hsCode());
        text("Origin", line.origin());
        measure("Value", line.value());
        hazmat(line.hazmat());
        texts("EquipmentRefs", "EquipmentRef", line.equipmentRefs());
        out.end();
    }

    private void hazmat(Hazmat hazmat) throws XMLStreamException {
        if (hazmat == null) {
            return;
        }
        out.start("Hazmat");
        text("UnNumber", hazmat.unNumber());
        text("HazardClass", hazmat.hazardClass());
        text("PackingGroup", hazmat.packingGroup());
        text("ProperShippingName", hazmat.properShippingName());
        text("Contact", hazmat.contact());
        out.end();
    }

    private void equipmentList(List<Equipment> equipment) throws XMLStreamException {
        if (equipment.isEmpty()) {
            return;
        }
        out.start("EquipmentList");
        for (Equipment unit : equipment) {
            out.start("Equipment");
            out.attribute("loadStatus", unit.loadStatus());
            identifier("Id", unit.id());
            text("IsoType", unit.isoType());
            if (!unit.seals().isEmpty()) {
                out.start("Seals");
                for (Seal seal : unit.seals()) {
                    out.start("Seal");
                    text("Number", seal.number());
                    text("Issuer", seal.issuer());
                    text("Type", seal.type());
                    out.end();
                }
                out.end();
            }
            out.end();
        }
        out.end();
    }

    private void route(List<Place> route) throws XMLStreamException {
        if (route.isEmpty()) {
            return;
        }
        out.start("Route");
        for (Place place : route) {
            place("Place", place);
        }
        out.end();
    }

    private void place(String name, Place place) throws XMLStreamException {
        if (place == null) {
            return;
        }
        out.start(name);
        out.attribute("role", place.role() == null ? null : place.role().name());
        identifier("Location", place.location());
        text("Name", place.name());
        text("Time", place.time());
        out.end();
    }

    private void inBond(InBond inBond) throws XMLStreamException {
        if (inBond == null) {
            return;
        }
        out.start("InBond");
        text("Type", inBond.type());
        identifier("Number", inBond.number());
        place("Destination", inBond.destination());
        text("Carrier", inBond.carrier());
        out.end();
    }

    private void identifiers(String wrapper, String item, List<Identifier> identifiers) throws XMLStreamException {
        if (identifiers.isEmpty()) {
            return;
        }
        out.start(wrapper);
        for (Identifier identifier : identifiers) {
            identifier(item, identifier);
        }
        out.end();
    }

    private void texts(String wrapper, String item, List<Text> texts) throws XMLStreamException {
        if (texts.isEmpty()) {
            return;
        }
        out.start(wrapper);
        for (Text text : texts) {
            text(item, text);
        }
        out.end();
    }

    private void text(String name, Text text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        out.start(name);
        out.attribute("src", SourceNotation.format(text.source()));
        out.text(name, text.value());
        out.end();
    }

    private void identifier(String name, Identifier identifier) throws XMLStreamException {
        if (identifier == null) {
            return;
        }
        if (identifier.scheme() == null || identifier.value() == null) {
            throw new IllegalArgumentException(name + ": an identifier needs a scheme and a value: " + identifier);
        }
        out.start(name);
        out.attribute("scheme", identifier.scheme());
        out.attribute("src", SourceNotation.format(identifier.source()));
        out.text(name, identifier.value());
        out.end();
    }

    private void measure(String name, Measure measure) throws XMLStreamException {
        if (measure == null) {
            return;
        }
        if (measure.amount() == null) {
            throw new IllegalArgumentException(name + ": a measure needs an amount: " + measure);
        }
        out.start(name);
        out.attribute("unit", measure.unit());
        out.attribute("originalUnit", measure.originalUnit());
        out.attribute("src", SourceNotation.format(measure.source()));
        out.text(name, measure.amount());
        out.end();
    }

    private void leaf(String name, String value) throws XMLStreamException {
        out.start(name);
        out.text(name, value);
        out.end();
    }
}
