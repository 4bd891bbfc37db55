package org.borderedi.gateway.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Inject;
import org.borderedi.gateway.edi.Segment;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.smooks.api.SmooksConfigException;
import org.smooks.api.resource.reader.JavaXMLReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Feeds Smooks one message the syntax layer has already read and checked, in as few events as the mapping needs:
 * one element per segment, its element values as attributes ({@code e01}, components after the first as
 * {@code e03_2}), nested in elements for the standard's loops, and nothing at all for segments no mapping selects.
 * Smooks' cost is per event, so a coarse event per segment instead of one per data element is what makes mapping
 * with Smooks fast enough for whole manifests.
 *
 * <p>Configured in a Smooks configuration as {@code <reader class="...SegmentXmlReader">} with the parameters
 * {@code loops} (a StAEDI schema under {@code mappings/} whose loops to nest segments in) and {@code segments} (the
 * segment tags to hand on; all when absent). The source is a {@link MessageSegments}, or a {@link MessageBatch} whose
 * messages are handed on one after another inside a {@code <batch>} element.
 */
public final class SegmentXmlReader extends SmooksReaderBase implements JavaXMLReader {

    private static final String ROOT = "message";
    /** The element around the messages of a {@link MessageBatch}; no mapping selects it. */
    private static final String BATCH = "batch";
    private static final Map<String, LoopPlan> PLANS = new ConcurrentHashMap<>();
    private static final String[] ELEMENT_NAMES = new String[100];
    /** The attribute names of components, made once: {@code COMPONENT_NAMES[3][2]} is "e03_2". */
    private static final String[][] COMPONENT_NAMES = new String[ELEMENT_NAMES.length][16];

    static {
        for (int i = 1; i < ELEMENT_NAMES.length; i++) {
            ELEMENT_NAMES[i] = i < 10 ? "e0" + i : "e" + i;
            COMPONENT_NAMES[i][1] = ELEMENT_NAMES[i];
            for (int c = 2; c < COMPONENT_NAMES[i].length; c++) {
                COMPONENT_NAMES[i][c] = ELEMENT_NAMES[i] + "_" + c;
            }
        }
    }

    @Inject
    private Optional<String> loops;

    @Inject
    private Optional<String> segments;

    private List<MessageSegments> messages;
    private boolean batch;
    private Set<String> selected;
    private LoopPlan plan;
    private final AttributesImpl attributes = new AttributesImpl();
    private static final AttributesImpl NONE = new AttributesImpl();

    @Override
    public void setSourceObjects(List<Object> sourceObjects) throws SmooksConfigException {
        Object source = sourceObjects.size() == 1 ? sourceObjects.get(0) : null;
        if (source instanceof MessageSegments one) {
            this.messages = List.of(one);
            this.batch = false;
        } else if (source instanceof MessageBatch several) {
            this.messages = several.messages();
            this.batch = true;
        } else {
            throw new SmooksConfigException("SegmentXmlReader reads one MessageSegments or MessageBatch, not " + sourceObjects);
        }
    }

    @Override
    public void parse(InputSource input) throws IOException, SAXException {
        if (messages == null) {
            throw new SAXException("SegmentXmlReader was given no message");
        }
        configure();
        SegmentCursor cursor = SegmentCursor.current();
        getContentHandler().startDocument();
        try {
            if (batch) {
                getContentHandler().startElement("", BATCH, BATCH, NONE);
            }
            for (MessageSegments message : messages) {
                message(message, cursor);
            }
            if (batch) {
                getContentHandler().endElement("", BATCH, BATCH);
            }
        } finally {
            cursor.clear();
            messages = null; // Smooks keeps the reader for the next execution: not the messages of this one
        }
        getContentHandler().endDocument();
    }

    private void message(MessageSegments message, SegmentCursor cursor) throws SAXException {
        Deque<LoopPlan.Loop> open = new ArrayDeque<>();
        open.push(plan.root());
        getContentHandler().startElement("", ROOT, ROOT, NONE);
        for (Segment segment : message.segments()) {
            place(segment.tag(), open);
            if (selected == null || selected.contains(segment.tag())) {
                cursor.at(segment);
                emit(segment);
            }
        }
        while (open.size() > 1) {
            String code = open.pop().code();
            getContentHandler().endElement("", code, code);
        }
        cursor.clear();
        getContentHandler().endElement("", ROOT, ROOT);
    }

    /**
     * Closes and opens loops so that the segment lands where the standard puts it: in the innermost open loop that
     * holds it, or in a new loop it starts (a repeat of an open loop, or one nested in an open loop).
     */
    private void place(String tag, Deque<LoopPlan.Loop> open) throws SAXException {
        int depth = 0;
        for (LoopPlan.Loop loop : open) {
            if (loop.segments().contains(tag)) {
                close(open, depth);
                return;
            }
            LoopPlan.Loop child = loop.childStartedBy(tag);
            if (child != null) {
                close(open, depth);
                open.push(child);
                getContentHandler().startElement("", child.code(), child.code(), NONE);
                return;
            }
            depth++;
        }
        // Not in the plan (a segment StAEDI let through as not-in-set): keep it where it is.
    }

    private void close(Deque<LoopPlan.Loop> open, int count) throws SAXException {
        for (int i = 0; i < count; i++) {
            String code = open.pop().code();
            getContentHandler().endElement("", code, code);
        }
    }

    private void emit(Segment segment) throws SAXException {
        attributes.clear();
        List<List<String>> elements = segment.elements();
        for (int e = 0; e < elements.size() && e + 1 < ELEMENT_NAMES.length; e++) {
            List<String> components = elements.get(e);
            for (int c = 0; c < components.size(); c++) {
                String value = components.get(c);
                if (!value.isEmpty()) {
                    String name = c + 1 < COMPONENT_NAMES[e + 1].length ? COMPONENT_NAMES[e + 1][c + 1]
                            : ELEMENT_NAMES[e + 1] + "_" + (c + 1);
                    attributes.addAttribute("", name, name, "CDATA", value);
                }
            }
        }
        String tag = segment.tag();
        getContentHandler().startElement("", tag, tag, attributes);
        getContentHandler().endElement("", tag, tag);
    }

    private void configure() {
        if (plan == null) {
            plan = loops.map(SegmentXmlReader::plan).orElseGet(LoopPlan::flat);
            selected = segments.map(list -> Set.of(list.trim().split("[\\s,]+"))).orElse(null);
        }
    }

    private static LoopPlan plan(String schema) {
        return PLANS.computeIfAbsent(schema.trim(), path -> {
            URL url = ProjectFolders.ofWorkingDirectory().mapping(path)
                    .orElseThrow(() -> new SmooksConfigException("no mappings/" + path + " to take loops from"));
            try {
                return LoopPlan.fromStaediSchema(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
