package org.borderedi.gateway.model.canonical;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a canonical XML document that the schema has already accepted back into the model's records; structure and
 * enumerations are therefore trusted, and only what the schema cannot say (a {@code src} position out of range)
 * is checked here.
 */
final class XmlFilingReader {

    Filing read(Element root) {
        String receivedAt = attribute(root, "receivedAt");
        return new Filing(attribute(root, "id"), receivedAt == null ? null : instant(receivedAt),
                attribute(root, "channel"), attribute(root, "partner"), format(child(root, "Format")),
                envelope(child(root, "Envelope")), value(child(root, "Purpose"), Purpose::valueOf),
                text(child(root, "PurposeCode")), value(child(root, "Mode"), Mode::valueOf),
                items(child(root, "Programmes"), e -> Programme.valueOf(e.getTextContent())),
                conveyance(child(root, "Conveyance")), items(child(root, "Consignments"), XmlFilingReader::consignment));
    }

    private static Instant instant(String dateTime) {
        // xs:dateTime allows a missing or non-UTC zone; the gateway writes UTC ("Z")
        try {
            return Instant.parse(dateTime);
        } catch (RuntimeException e) {
            try {
                return OffsetDateTime.parse(dateTime).toInstant();
            } catch (RuntimeException again) {
                throw new CanonicalFormatException("Filing/@receivedAt needs a date-time with a zone: " + dateTime);
            }
        }
    }

    private static SourceFormat format(Element e) {
        return e == null ? null
                : new SourceFormat(attribute(e, "standard"), attribute(e, "message"), attribute(e, "version"));
    }

    private static Envelope envelope(Element e) {
        if (e == null) {
            return null;
        }
        String test = attribute(e, "test");
        return new Envelope(attribute(e, "interchange"), attribute(e, "group"), attribute(e, "message"),
                identifier(child(e, "Sender")), identifier(child(e, "Receiver")),
                "true".equals(test) || "1".equals(test));
    }

    private static Conveyance conveyance(Element e) {
        if (e == null) {
            return null;
        }
        return new Conveyance(identifier(child(e, "Journey")), text(child(e, "Date")), identifier(child(e, "Carrier")),
                text(child(e, "Name")), text(child(e, "Nationality")),
                items(child(e, "Identifiers"), XmlFilingReader::identifier), items(child(e, "Route"), XmlFilingReader::place),
                items(child(e, "Crew"), XmlFilingReader::crewMember),
                items(child(e, "EquipmentList"), XmlFilingReader::equipment));
    }

    private static CrewMember crewMember(Element e) {
        return new CrewMember(text(child(e, "Role")), text(child(e, "Name")), text(child(e, "BirthDate")),
                text(child(e, "Nationality")), items(child(e, "Documents"), XmlFilingReader::identifier));
    }

    private static Consignment consignment(Element e) {
        String role = attribute(e, "role");
        return new Consignment(attribute(e, "id"), role == null ? null : ConsignmentRole.valueOf(role),
                attribute(e, "parent"), identifier(child(e, "ParentReference")),
                items(child(e, "References"), XmlFilingReader::identifier), items(child(e, "Parties"), XmlFilingReader::party),
                totals(child(e, "Totals")), items(child(e, "Goods"), XmlFilingReader::goodsLine),
                items(child(e, "EquipmentList"), XmlFilingReader::equipment), items(child(e, "Route"), XmlFilingReader::place),
                items(child(e, "HandlingCodes"), XmlFilingReader::text),
                items(child(e, "Security"), XmlFilingReader::securityNote), inBond(child(e, "InBond")));
    }

    private static Party party(Element e) {
        String role = attribute(e, "role");
        return new Party(role == null ? null : PartyRole.valueOf(role), text(child(e, "NativeRole")),
                text(child(e, "Name")), address(child(e, "Address")), text(child(e, "Contact")),
                items(child(e, "Identifiers"), XmlFilingReader::identifier),
                items(child(e, "Memberships"), XmlFilingReader::identifier));
    }

    private static Address address(Element e) {
        if (e == null) {
            return null;
        }
        return new Address(items(child(e, "Street"), XmlFilingReader::text), text(child(e, "City")),
                text(child(e, "Subdivision")), text(child(e, "PostalCode")), text(child(e, "Country")));
    }

    private static Totals totals(Element e) {
        if (e == null) {
            return null;
        }
        return new Totals(measure(child(e, "Pieces")), measure(child(e, "GrossWeight")), measure(child(e, "Volume")));
    }

    private static GoodsLine goodsLine(Element e) {
        return new GoodsLine(text(child(e, "Sequence")), text(child(e, "Description")), measure(child(e, "Pieces")),
                measure(child(e, "GrossWeight")), measure(child(e, "Volume")), text(child(e, "Marks")),
                identifier(child(e, "HsCode")), text(child(e, "Origin")), measure(child(e, "Value")),
                hazmat(child(e, "Hazmat")), items(child(e, "EquipmentRefs"), XmlFilingReader::text));
    }

    private static Hazmat hazmat(Element e) {
        if (e == null) {
            return null;
        }
        return new Hazmat(text(child(e, "UnNumber")), text(child(e, "HazardClass")), text(child(e, "PackingGroup")),
                text(child(e, "ProperShippingName")), text(child(e, "Contact")));
    }

    private static Equipment equipment(Element e) {
        return new Equipment(identifier(child(e, "Id")), text(child(e, "IsoType")), attribute(e, "loadStatus"),
                items(child(e, "Seals"), XmlFilingReader::seal));
    }

    private static Seal seal(Element e) {
        return new Seal(text(child(e, "Number")), text(child(e, "Issuer")), text(child(e, "Type")));
    }

    private static Place place(Element e) {
        if (e == null) {
            return null;
        }
        String role = attribute(e, "role");
        return new Place(role == null ? null : PlaceRole.valueOf(role), identifier(child(e, "Location")),
                text(child(e, "Name")), text(child(e, "Time")));
    }

    private static SecurityNote securityNote(Element e) {
        return new SecurityNote(text(child(e, "Country")), text(child(e, "InformationId")),
                text(child(e, "ControlCode")), text(child(e, "Value")));
    }

    private static InBond inBond(Element e) {
        if (e == null) {
            return null;
        }
        return new InBond(text(child(e, "Type")), identifier(child(e, "Number")), place(child(e, "Destination")),
                text(child(e, "Carrier")));
    }

    private static Text text(Element e) {
        return e == null ? null : new Text(e.getTextContent(), SourceNotation.parse(attribute(e, "src"), path(e)));
    }

    private static Identifier identifier(Element e) {
        return e == null ? null
                : new Identifier(attribute(e, "scheme"), e.getTextContent(),
                        SourceNotation.parse(attribute(e, "src"), path(e)));
    }

    private static Measure measure(Element e) {
        return e == null ? null
                : new Measure(e.getTextContent(), attribute(e, "unit"), attribute(e, "originalUnit"),
                        SourceNotation.parse(attribute(e, "src"), path(e)));
    }

    private static <T> T value(Element e, Function<String, T> parse) {
        return e == null ? null : parse.apply(e.getTextContent());
    }

    /** The items of a list's wrapper element (all its child elements), or none when the wrapper is absent. */
    private static <T> List<T> items(Element wrapper, Function<Element, T> item) {
        List<T> items = new ArrayList<>();
        if (wrapper != null) {
            for (Node n = wrapper.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element element) {
                    items.add(item.apply(element));
                }
            }
        }
        return items;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element && name.equals(element.getLocalName())
                    && CanonicalSchema.NAMESPACE.equals(element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    private static String attribute(Element e, String name) {
        return e.hasAttributeNS(null, name) ? e.getAttributeNS(null, name) : null;
    }

    private static String path(Element e) {
        StringBuilder path = new StringBuilder(e.getLocalName());
        for (Node n = e.getParentNode(); n instanceof Element parent; n = parent.getParentNode()) {
            path.insert(0, parent.getLocalName() + '/');
        }
        return path.toString();
    }
}
