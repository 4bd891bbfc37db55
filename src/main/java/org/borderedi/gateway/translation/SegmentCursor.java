package org.borderedi.gateway.translation;

import java.util.List;
import org.borderedi.gateway.edi.Segment;
import org.borderedi.gateway.model.Source;
import org.xml.sax.Attributes;

/**
 * The segment a mapping is reading right now, so that every value bound into the model can carry its
 * {@link Source}. Smooks hands a value converter the value alone; the reader moves this cursor before it hands Smooks
 * each segment, on the same thread, so the converter can tell where the value came from.
 */
public final class SegmentCursor {

    private static final ThreadLocal<SegmentCursor> CURRENT = ThreadLocal.withInitial(SegmentCursor::new);
    /** Element names of elements 1-99 and their components 1-9, made once (see {@link #elementName}). */
    private static final String[][] ELEMENT_NAMES = new String[100][10];

    static {
        for (int e = 1; e < ELEMENT_NAMES.length; e++) {
            for (int c = 0; c < ELEMENT_NAMES[e].length; c++) {
                ELEMENT_NAMES[e][c] = name(e, c);
            }
        }
    }

    private Segment segment;
    private Source xmlSource;
    private Attributes xmlAttributes;

    private SegmentCursor() {
    }

    static SegmentCursor current() {
        return CURRENT.get();
    }

    void at(Segment segment) {
        this.segment = segment;
        this.xmlSource = null;
        this.xmlAttributes = null;
    }

    /** For XML input: the element being read, as a source of its own. */
    void at(Source element) {
        this.segment = null;
        this.xmlSource = element;
        this.xmlAttributes = null;
    }

    void clear() {
        segment = null;
        xmlSource = null;
        xmlAttributes = null;
    }

    /**
     * For XML readers outside this package: the element being read on this thread, by its path and line, with its
     * attributes (which the reader must not change while the element is current), so that a value taken from an
     * attribute gets the attribute's local name as its element.
     */
    public static void atXmlElement(String path, int line, Attributes attributes) {
        SegmentCursor cursor = current();
        cursor.segment = null;
        cursor.xmlSource = new Source(path, line, null);
        cursor.xmlAttributes = attributes == null || attributes.getLength() == 0 ? null : attributes;
    }

    /** For XML readers outside this package: nothing is being read on this thread any more. */
    public static void clearCurrent() {
        current().clear();
    }

    /**
     * Where this value came from: the element (or component) of the current segment that holds exactly this value
     * ("M11@5/01", "NAD@12/02.1"); the segment alone when no element holds it as such (a value the mapping trimmed or
     * joined). Smooks hands the converter the very string the reader put in the attribute, so of two elements with the
     * same text (10 pieces weighing 10 kg) the one the mapping read is named; only a value Smooks copied falls back to
     * the first element with that text. For XML, the current element ("MasterConsignment/ConsignorParty/Name@12"), with
     * the attribute's name when the value is one of its attributes
     * ("MasterConsignment/IncludedTareGrossWeightMeasure@8/unitCode").
     */
    public static Source sourceOf(String value) {
        SegmentCursor cursor = current();
        if (cursor.xmlSource != null) {
            return xmlSourceOf(cursor, value);
        }
        Segment segment = cursor.segment;
        if (segment == null) {
            return null;
        }
        Source same = find(segment, value, true);
        if (same != null) {
            return same;
        }
        Source equal = find(segment, value, false);
        return equal != null ? equal : new Source(segment.tag(), segment.position(), null);
    }

    /**
     * The element or component that holds the value: the very string the reader handed Smooks when {@code identical}
     * (so that of two elements with the same value, the one the mapping read is named), else any equal one.
     */
    private static Source find(Segment segment, String value, boolean identical) {
        List<List<String>> elements = segment.elements();
        for (int e = 0; e < elements.size(); e++) {
            List<String> components = elements.get(e);
            for (int c = 0; c < components.size(); c++) {
                String component = components.get(c);
                if (identical ? component == value : component.equals(value)) {
                    return new Source(segment.tag(), segment.position(), elementName(e + 1, components.size() == 1 ? 0 : c + 1));
                }
            }
        }
        return null;
    }

    private static Source xmlSourceOf(SegmentCursor cursor, String value) {
        Attributes attributes = cursor.xmlAttributes;
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.getValue(i).equals(value)) {
                    Source element = cursor.xmlSource;
                    return new Source(element.segment(), element.position(), attributes.getLocalName(i));
                }
            }
        }
        return cursor.xmlSource;
    }

    /**
     * "05" for element 5, "03.2" for its second component (0: a simple element). Every value of every message keeps
     * one, so the usual ones are made once and shared rather than once per value.
     */
    static String elementName(int element, int component) {
        if (element < ELEMENT_NAMES.length && component < ELEMENT_NAMES[element].length) {
            return ELEMENT_NAMES[element][component];
        }
        return name(element, component);
    }

    private static String name(int element, int component) {
        String name = element < 10 ? "0" + element : Integer.toString(element);
        return component == 0 ? name : name + "." + component;
    }
}
