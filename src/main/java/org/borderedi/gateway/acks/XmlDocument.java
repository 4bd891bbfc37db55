package org.borderedi.gateway.acks;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small XML document written with the JDK's StAX writer, which escapes every value; characters XML 1.0 cannot hold
 * (control characters, unpaired surrogates) are replaced by a space before they reach it.
 */
public final class XmlDocument implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;

    public XmlDocument() {
        try {
            xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot start an XML document", e);
        }
    }

    public XMLStreamWriter writer() {
        return xml;
    }

    /** An element holding text only; left out when the value is null. */
    public void element(String prefix, String name, String namespace, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(prefix, name, namespace);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    /** An attribute; left out when the value is null. */
    public void attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, clean(value));
        }
    }

    public void characters(String value) throws XMLStreamException {
        xml.writeCharacters(clean(value));
    }

    /** The whole document. */
    public String finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }

    /** The value with every character XML 1.0 cannot carry replaced by a space. */
    public static String clean(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean surrogatePair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (surrogatePair) {
                kept.append(c).append(value.charAt(++i));
            } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                kept.append(c);
            } else {
                kept.append(' ');
            }
        }
        return kept.toString();
    }
}
