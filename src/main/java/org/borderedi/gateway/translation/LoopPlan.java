package org.borderedi.gateway.translation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The loop structure of a message type, so that a flat run of segments can be read as the nested loops the standard
 * defines (a party's N3 and N4 inside its N1 loop, a goods item inside its consignment). Read from the same StAEDI
 * schema that validates the message, so the mapping and the validation never disagree about the structure.
 */
public final class LoopPlan {

    /** A loop: its code, the segment that starts it, the segments it holds and the loops nested in it. */
    record Loop(String code, String trigger, Set<String> segments, List<Loop> loops) {

        /** The nested loop that this segment starts, or null. */
        Loop childStartedBy(String tag) {
            for (Loop loop : loops) {
                if (loop.trigger.equals(tag)) {
                    return loop;
                }
            }
            return null;
        }
    }

    private final Loop root;

    private LoopPlan(Loop root) {
        this.root = root;
    }

    /** No loops at all: every segment is a child of the message. */
    public static LoopPlan flat() {
        return new LoopPlan(new Loop("message", "", Set.of(), List.of()));
    }

    /** The loops of a {@code <transaction>} (or {@code <message>}) in a StAEDI v4 schema. */
    public static LoopPlan fromStaediSchema(URL schema) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = schema.openStream()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Deque<Building> open = new ArrayDeque<>();
            Loop root = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "transaction", "message" -> open.push(new Building("message", true));
                        case "loop" -> {
                            if (!open.isEmpty()) {
                                open.push(new Building(xml.getAttributeValue(null, "code"), false));
                            }
                        }
                        case "segment" -> {
                            if (!open.isEmpty()) {
                                open.peek().segment(xml.getAttributeValue(null, "type"));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && !open.isEmpty()) {
                    String name = xml.getLocalName();
                    if (name.equals("loop") || name.equals("transaction") || name.equals("message")) {
                        Loop done = open.pop().build();
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.peek().loops.add(done);
                        }
                    }
                }
            }
            if (root == null) {
                throw new IOException(schema + " has no <transaction> or <message> to take the loops from");
            }
            return new LoopPlan(root);
        } catch (XMLStreamException e) {
            throw new IOException("cannot read the loops of " + schema + ": " + e.getMessage(), e);
        }
    }

    Loop root() {
        return root;
    }

    /** A loop while its schema element is being read. */
    private static final class Building {
        private final String code;
        private final boolean message;
        private String trigger;
        private final Set<String> segments = new HashSet<>();
        private final List<Loop> loops = new ArrayList<>();

        Building(String code, boolean message) {
            this.code = code;
            this.message = message;
        }

        void segment(String type) {
            if (!message && trigger == null && loops.isEmpty()) {
                trigger = type;
            } else {
                segments.add(type);
            }
        }

        Loop build() {
            return new Loop(code, trigger == null ? "" : trigger, Set.copyOf(segments), List.copyOf(loops));
        }
    }
}
