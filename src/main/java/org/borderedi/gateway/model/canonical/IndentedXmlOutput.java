package org.borderedi.gateway.model.canonical;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the elements of one namespace through a StAX writer, indented two spaces per level, with leaf text kept
 * exactly (a carriage return as a character reference, which a parser would otherwise turn into a line feed) and
 * values XML 1.0 cannot carry refused.
 */
final class IndentedXmlOutput {

    /** A line break and the indentation of each depth, made once: a filing has a hundred lines or more. */
    private static final String[] NEWLINES = new String[16];

    static {
        for (int depth = 0; depth < NEWLINES.length; depth++) {
            NEWLINES[depth] = "\n" + "  ".repeat(depth);
        }
    }

    private final XMLStreamWriter writer;
    private final String namespace;
    /** Per open element: whether it has child elements yet (then its end tag goes on a line of its own). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    IndentedXmlOutput(XMLStreamWriter writer, String namespace) {
        this.writer = writer;
        this.namespace = namespace;
    }

    /** Starts the document and its root element, declaring the namespace as the default one. */
    void startDocument(String root) throws XMLStreamException {
        writer.writeStartDocument("UTF-8", "1.0");
        writer.setDefaultNamespace(namespace);
        start(root);
        writer.writeDefaultNamespace(namespace);
    }

    void endDocument() throws XMLStreamException {
        end();
        writer.writeCharacters("\n");
        writer.writeEndDocument();
        writer.flush();
    }

    void start(String name) throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        newline(open.size());
        // in the default namespace the root declares: named alone, the writer has no prefix to look up
        writer.writeStartElement(name);
        open.push(new boolean[1]);
    }

    /** An element without content, whose attributes follow; it needs no {@link #end()}. */
    void empty(String name) throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        newline(open.size());
        writer.writeEmptyElement(name);
    }

    /** An attribute of the element just started; nothing for a null value. */
    void attribute(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        checkCharacters(name, value);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                // a parser normalises these to spaces in an attribute, so the value would not read back
                throw new IllegalArgumentException("attribute " + name + " cannot carry a tab or line break: " + value);
            }
        }
        writer.writeAttribute(name, value);
    }

    /** The text of the element just started, which must then be ended without child elements. */
    void text(String name, String value) throws XMLStreamException {
        checkCharacters(name, value);
        int from = 0;
        for (int cr = value.indexOf('\r'); cr >= 0; cr = value.indexOf('\r', from)) {
            writer.writeCharacters(value.substring(from, cr));
            writer.writeEntityRef("#13");
            from = cr + 1;
        }
        writer.writeCharacters(value.substring(from));
    }

    void end() throws XMLStreamException {
        boolean hadChildren = open.pop()[0];
        if (hadChildren) {
            newline(open.size());
        }
        writer.writeEndElement();
    }

    private void newline(int depth) throws XMLStreamException {
        writer.writeCharacters(depth < NEWLINES.length ? NEWLINES[depth] : "\n" + "  ".repeat(depth));
    }

    private static void checkCharacters(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 0x20 && c <= 0xD7FF || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD
                    || Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(++i));
            if (!allowed) {
                throw new IllegalArgumentException(name + " holds a character XML cannot carry (U+"
                        + String.format("%04X", (int) c) + "): " + value);
            }
        }
    }
}
