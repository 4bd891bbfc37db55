package org.borderedi.gateway.translation.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Source;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a Cargo-XML document says about itself before its content: the root element (which message it is) and the
 * MessageHeaderDocument (its reference, type code, version, sender and recipient), read with the hardened parser from
 * the first bytes of the document only, so that the translator can pick a mapping before it maps.
 *
 * @param rootName      the root element's local name ("Waybill")
 * @param rootNamespace the root element's namespace ("iata:waybill:1"), "" when it has none
 * @param id            MessageHeaderDocument/ID, or null
 * @param typeCode      MessageHeaderDocument/TypeCode (741, 740, 703, 785), or null
 * @param version       MessageHeaderDocument/VersionID ("3.00"), or null
 * @param sender        the first SenderParty/PrimaryID with its schemeID, or null
 * @param recipient     the first RecipientParty/PrimaryID with its schemeID, or null
 */
record MessageHeader(String rootName, String rootNamespace, String id, String typeCode, String version,
        Identifier sender, Identifier recipient) {

    /** How far into a document its message header must have ended. */
    static final int LIMIT = 64 * 1024;

    private static final String HEADER = "MessageHeaderDocument";

    /** The header could not be read: the document is not well-formed there, or the header is too long. */
    static final class Unreadable extends Exception {
        private final int line;
        private final int column;

        Unreadable(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    /**
     * Reads the header from the start of a document and stops at its end; reads at most {@link #LIMIT} bytes and
     * never closes the stream.
     */
    static MessageHeader read(InputStream document) throws IOException, Unreadable {
        Limited limited = new Limited(document);
        Scan scan = new Scan();
        try {
            XMLReader parser = HardenedXmlReader.newParser();
            parser.setContentHandler(scan);
            parser.parse(new InputSource(limited));
        } catch (Done done) {
            return scan.header();
        } catch (SAXParseException e) {
            if (limited.exhausted()) {
                throw new Unreadable("the message header does not end within the first " + LIMIT / 1024 + " KiB",
                        e.getLineNumber(), e.getColumnNumber());
            }
            throw new Unreadable(e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException e) {
            throw new Unreadable(e.getMessage(), 0, 0);
        }
        return scan.header();
    }

    /** Ends the scan once the header has been read. */
    private static final class Done extends SAXException {
        Done() {
            super("message header read");
        }
    }

    /** Collects the root and the header's values, and stops at the header's end or at the first element after it. */
    private static final class Scan extends DefaultHandler {

        private Locator locator;
        private String rootName;
        private String rootNamespace;
        private String id;
        private String typeCode;
        private String version;
        private Identifier sender;
        private Identifier recipient;
        private int depth;
        private boolean inHeader;
        private String party;
        private String scheme;
        private int line;
        private final StringBuilder text = new StringBuilder();

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            depth++;
            text.setLength(0);
            if (depth == 1) {
                rootName = localName;
                rootNamespace = uri == null ? "" : uri;
            } else if (depth == 2) {
                if (!HEADER.equals(localName)) {
                    throw new Done();
                }
                inHeader = true;
            } else if (inHeader && depth == 3 && ("SenderParty".equals(localName) || "RecipientParty".equals(localName))) {
                party = localName;
            } else if (party != null && "PrimaryID".equals(localName)) {
                scheme = attributes.getValue("schemeID");
                line = locator == null ? 0 : locator.getLineNumber();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inHeader) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String value = text.toString().strip();
            text.setLength(0);
            if (inHeader && depth == 2) {
                throw new Done();
            }
            if (inHeader && depth == 3) {
                switch (localName) {
                    case "ID" -> id = value;
                    case "TypeCode" -> typeCode = value;
                    case "VersionID" -> version = value;
                    default -> party = null;
                }
            } else if (party != null && depth == 4 && "PrimaryID".equals(localName) && !value.isEmpty()) {
                Identifier identifier = new Identifier(scheme == null ? "" : scheme, value,
                        new Source(HEADER + "/" + party + "/PrimaryID", line, null));
                if ("SenderParty".equals(party) && sender == null) {
                    sender = identifier;
                } else if ("RecipientParty".equals(party) && recipient == null) {
                    recipient = identifier;
                }
            }
            depth--;
        }

        MessageHeader header() {
            return new MessageHeader(rootName, rootNamespace, blankToNull(id), blankToNull(typeCode), blankToNull(version),
                    sender, recipient);
        }

        private static String blankToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }

    /** Ends after {@link #LIMIT} bytes and does not close the document, which is read again from its start. */
    private static final class Limited extends FilterInputStream {
        private int left = LIMIT;

        Limited(InputStream in) {
            super(in);
        }

        boolean exhausted() {
            return left <= 0;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.max(0, Math.min(n, 8192))];
            return Math.max(read(skipped, 0, skipped.length), 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int readLimit) {
            // The translator's own mark on the document must stay where it is.
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("the header is read once");
        }

        @Override
        public void close() {
            // The translator reads the document again from its start.
        }
    }
}
