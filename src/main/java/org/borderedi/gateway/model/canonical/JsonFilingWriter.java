package org.borderedi.gateway.model.canonical;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
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
 * Writes a filing as canonical JSON: one member per record component, named as the component and in its order,
 * leaving out null values and empty lists (the shape is documented in mappings/canonical/README.md).
 */
final class JsonFilingWriter {

    private final JsonGenerator json;

    JsonFilingWriter(JsonGenerator json) {
        this.json = json;
    }

    void write(Filing filing) throws IOException {
        json.writeStartObject();
        string("id", filing.id());
        string("receivedAt", filing.receivedAt() == null ? null : filing.receivedAt().toString());
        string("channel", filing.channel());
        string("partner", filing.partner());
        format(filing.format());
        envelope(filing.envelope());
        string("purpose", filing.purpose() == null ? null : filing.purpose().name());
        text("purposeCode", filing.purposeCode());
        string("mode", filing.mode() == null ? null : filing.mode().name());
        if (!filing.programmes().isEmpty()) {
            json.writeArrayFieldStart("programmes");
            for (Programme programme : filing.programmes()) {
                json.writeString(programme.name());
            }
            json.writeEndArray();
        }
        conveyance(filing.conveyance());
        if (!filing.consignments().isEmpty()) {
            json.writeArrayFieldStart("consignments");
            for (Consignment consignment : filing.consignments()) {
                consignment(consignment);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.flush();
    }

    private void format(SourceFormat format) throws IOException {
        if (format == null) {
            return;
        }
        json.writeObjectFieldStart("format");
        string("standard", format.standard());
        string("message", format.message());
        string("version", format.version());
        json.writeEndObject();
    }

    private void envelope(Envelope envelope) throws IOException {
        if (Envelope.NONE.equals(envelope)) {
            return;
        }
        json.writeObjectFieldStart("envelope");
        string("interchange", envelope.interchange());
        string("group", envelope.group());
        string("message", envelope.message());
        identifier("sender", envelope.sender());
        identifier("receiver", envelope.receiver());
        json.writeBooleanField("test", envelope.test());
        json.writeEndObject();
    }

    private void conveyance(Conveyance conveyance) throws IOException {
        if (conveyance == null) {
            return;
        }
        json.writeObjectFieldStart("conveyance");
        identifier("journey", conveyance.journey());
        text("date", conveyance.date());
        identifier("carrier", conveyance.carrier());
        text("name", conveyance.name());
        text("nationality", conveyance.nationality());
        identifiers("identifiers", conveyance.identifiers());
        route(conveyance.route());
        if (!conveyance.crew().isEmpty()) {
            json.writeArrayFieldStart("crew");
            for (CrewMember member : conveyance.crew()) {
                json.writeStartObject();
                text("role", member.role());
                text("name", member.name());
                text("birthDate", member.birthDate());
                text("nationality", member.nationality());
                identifiers("documents", member.documents());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        equipment(conveyance.equipment());
        json.writeEndObject();
    }

    private void consignment(Consignment consignment) throws IOException {
        if (consignment.id() == null) {
            throw new IllegalArgumentException("a consignment without an id");
        }
        json.writeStartObject();
        string("id", consignment.id());
        string("role", consignment.role() == null ? null : consignment.role().name());
        string("parent", consignment.parent());
        identifier("parentReference", consignment.parentReference());
        identifiers("references", consignment.references());
        if (!consignment.parties().isEmpty()) {
            json.writeArrayFieldStart("parties");
            for (Party party : consignment.parties()) {
                party(party);
            }
            json.writeEndArray();
        }
        totals(consignment.totals());
        if (!consignment.goods().isEmpty()) {
            json.writeArrayFieldStart("goods");
            for (GoodsLine line : consignment.goods()) {
                goodsLine(line);
            }
            json.writeEndArray();
        }
        equipment(consignment.equipment());
        route(consignment.route());
        texts("handlingCodes", consignment.handlingCodes());
        if (!consignment.security().isEmpty()) {
            json.writeArrayFieldStart("security");
            for (SecurityNote note : consignment.security()) {
                json.writeStartObject();
                text("country", note.country());
                text("informationId", note.informationId());
                text("controlCode", note.controlCode());
                text("value", note.value());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        inBond(consignment.inBond());
        json.writeEndObject();
    }

    private void party(Party party) throws IOException {
        json.writeStartObject();
        string("role", party.role() == null ? null : party.role().name());
        text("nativeRole", party.nativeRole());
        text("name", party.name());
        address(party.address());
        text("contact", party.contact());
        identifiers("identifiers", party.identifiers());
        identifiers("memberships", party.memberships());
        json.writeEndObject();
    }

    private void address(Address address) throws IOException {
        if (address == null) {
            return;
        }
        json.writeObjectFieldStart("address");
        texts("street", address.street());
        text("city", address.city());
        text("subdivision", address.subdivision());
        text("postalCode", address.postalCode());
        text("country", address.country());
        json.writeEndObject();
    }

    private void totals(Totals totals) throws IOException {
        if (Totals.NONE.equals(totals)) {
            return;
        }
        json.writeObjectFieldStart("totals");
        measure("pieces", totals.pieces());
        measure("grossWeight", totals.grossWeight());
        measure("volume", totals.volume());
        json.writeEndObject();
    }

    private void goodsLine(GoodsLine line) throws IOException {
        json.writeStartObject();
        text("sequence", line.sequence());
        text("description", line.description());
        measure("pieces", line.pieces());
        measure("grossWeight", line.grossWeight());
        measure("volume", line.volume());
        text("marks", line.marks());
        identifier("hsCode", line.hsCode());
        text("origin", line.origin());
        measure("value", line.value());
        hazmat(line.hazmat());
        texts("equipmentRefs", line.equipmentRefs());
        json.writeEndObject();
    }

    private void hazmat(Hazmat hazmat) throws IOException {
        if (hazmat == null) {
            return;
        }
        json.writeObjectFieldStart("hazmat");
        text("unNumber", hazmat.unNumber());
        text("hazardClass", hazmat.hazardClass());
        text("packingGroup", hazmat.packingGroup());
        text("properShippingName", hazmat.properShippingName());
        text("contact", hazmat.contact());
        json.writeEndObject();
    }

    private void equipment(List<Equipment> equipment) throws IOException {
        if (equipment.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("equipment");
        for (Equipment unit : equipment) {
            json.writeStartObject();
            identifier("id", unit.id());
            text("isoType", unit.isoType());
            string("loadStatus", unit.loadStatus());
            if (!unit.seals().isEmpty()) {
                json.writeArrayFieldStart("seals");
                for (Seal seal : unit.seals()) {
                    json.writeStartObject();
                    text("number", seal.number());
                    text("issuer", seal.issuer());
                    text("type", seal.type());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void route(List<Place> route) throws IOException {
        if (route.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("route");
        for (Place place : route) {
            json.writeStartObject();
            placeMembers(place);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void placeMembers(Place place) throws IOException {
        string("role", place.role() == null ? null : place.role().name());
        identifier("location", place.location());
        text("name", place.name());
        text("time", place.time());
    }

    private void inBond(InBond inBond) throws IOException {
        if (inBond == null) {
            return;
        }
        json.writeObjectFieldStart("inBond");
        text("type", inBond.type());
        identifier("number", inBond.number());
        if (inBond.destination() != null) {
            json.writeObjectFieldStart("destination");
            placeMembers(inBond.destination());
            json.writeEndObject();
        }
        text("carrier", inBond.carrier());
        json.writeEndObject();
    }

    private void identifiers(String name, List<Identifier> identifiers) throws IOException {
        if (identifiers.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(name);
        for (Identifier identifier : identifiers) {
            identifierObject(name, identifier);
        }
        json.writeEndArray();
    }

    private void texts(String name, List<Text> texts) throws IOException {
        if (texts.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(name);
        for (Text text : texts) {
            textObject(text);
        }
        json.writeEndArray();
    }

    private void text(String name, Text text) throws IOException {
        if (text != null) {
            json.writeFieldName(name);
            textObject(text);
        }
    }

    private void textObject(Text text) throws IOException {
        json.writeStartObject();
        json.writeStringField("value", text.value());
        string("src", SourceNotation.format(text.source()));
        json.writeEndObject();
    }

    private void identifier(String name, Identifier identifier) throws IOException {
        if (identifier != null) {
            json.writeFieldName(name);
            identifierObject(name, identifier);
        }
    }

    private void identifierObject(String name, Identifier identifier) throws IOException {
        if (identifier.scheme() == null || identifier.value() == null) {
            throw new IllegalArgumentException(name + ": an identifier needs a scheme and a value: " + identifier);
        }
        json.writeStartObject();
        json.writeStringField("scheme", identifier.scheme());
        json.writeStringField("value", identifier.value());
        string("src", SourceNotation.format(identifier.source()));
        json.writeEndObject();
    }

    private void measure(String name, Measure measure) throws IOException {
        if (measure == null) {
            return;
        }
        if (measure.amount() == null) {
            throw new IllegalArgumentException(name + ": a measure needs an amount: " + measure);
        }
        json.writeObjectFieldStart(name);
        json.writeStringField("amount", measure.amount());
        string("unit", measure.unit());
        string("originalUnit", measure.originalUnit());
        string("src", SourceNotation.format(measure.source()));
        json.writeEndObject();
    }

    private void string(String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
