package org.borderedi.gateway.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.DecisionKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a decision message, XML ({@code mappings/canonical/decision.xsd}, checked against it) or JSON (the same
 * fields), with the JDK's own parser and no DOCTYPE allowed. Anything else is a {@link DecisionRejected} naming what
 * is wrong.
 */
public final class DecisionReader {

    static final String NAMESPACE = "urn:borderedi:decision:1";

    private final Schema schema;
    private final JsonMapper json = JsonMapper.builder().build();

    public DecisionReader(URL xsd) {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            this.schema = factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the decision schema " + xsd, e);
        }
    }

    public Decision read(String message) {
        if (message == null || message.isBlank()) {
            throw new DecisionRejected("an empty decision message");
        }
        String trimmed = message.strip();
        return trimmed.startsWith("{") ? fromJson(trimmed) : fromXml(trimmed);
    }

    private Decision fromXml(String text) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            schema.newValidator().validate(new DOMSource(document));
        } catch (SAXException | IOException e) {
            throw new DecisionRejected("not a decision: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = document.getDocumentElement();
        Element consignment = child(root, "consignment");
        Element bill = child(root, "bill");
        return new Decision(root.getAttribute("id"), attribute(consignment, "filing"), attribute(consignment, "id"),
                attribute(bill, "scheme"), bill == null ? null : bill.getTextContent().strip(), root.getAttribute("agency"),
                DecisionKind.valueOf(root.getAttribute("kind")), text(child(root, "nativeCode")), text(child(root, "text")),
                Instant.parse(root.getAttribute("decidedAt")));
    }

    private Decision fromJson(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (IOException e) {
            throw new DecisionRejected("not a decision: " + e.getMessage(), e);
        }
        String id = required(node, "id");
        DecisionKind kind;
        Instant decidedAt;
        try {
            kind = DecisionKind.valueOf(required(node, "kind"));
            decidedAt = Instant.parse(required(node, "decidedAt"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new DecisionRejected("decision " + id + ": " + e.getMessage(), e);
        }
        JsonNode bill = node.path("bill");
        String filingId = optional(node, "filingId");
        String consignmentId = optional(node, "consignmentId");
        if ((filingId == null || consignmentId == null) && optional(bill, "value") == null) {
            throw new DecisionRejected("decision " + id + " names no consignment: filingId and consignmentId, or bill");
        }
        return new Decision(id, filingId, consignmentId, optional(bill, "scheme"), optional(bill, "value"),
                required(node, "agency"), kind, optional(node, "nativeCode"), optional(node, "text"), decidedAt);
    }

    private static String required(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null) {
            throw new DecisionRejected("a decision without " + field);
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getElementsByTagNameNS(NAMESPACE, name);
        return children.getLength() == 0 ? null : (Element) children.item(0);
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : element.getAttribute(name);
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }
}
