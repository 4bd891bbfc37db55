package org.borderedi.gateway.edi.edifact;

import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.Segment;

/**
 * One message segment gathered from StAEDI's element events for a listener that translates messages: values arrive
 * with release characters already resolved, and are placed by element and component position so that an element left
 * empty stays an empty list. A repeated element (syntax version 4) keeps its first occurrence: the CUSCAR directories
 * the gateway reads define no repeating data element.
 */
final class SegmentTap {

    private final String tag;
    private final int position;
    private final List<List<String>> elements = new ArrayList<>();

    SegmentTap(String tag, int position) {
        this.tag = tag;
        this.position = position;
    }

    /**
     * One value as StAEDI reports it.
     *
     * @param element    the element position, from 1
     * @param component  the component position, from 1, or 0 for a simple element
     * @param occurrence the repetition, from 1 (0 or less when StAEDI does not count it)
     */
    void value(int element, int component, int occurrence, String value) {
        if (element < 1 || occurrence > 1) {
            return;
        }
        while (elements.size() < element) {
            elements.add(new ArrayList<>(1));
        }
        List<String> components = elements.get(element - 1);
        int index = Math.max(component, 1);
        while (components.size() < index) {
            components.add("");
        }
        components.set(index - 1, value == null ? "" : value);
    }

    /**
     * The segment: trailing empty components dropped, so that an empty element is an empty list, and trailing empty
     * elements too (StAEDI reports them or not depending on whether it has the message's schema).
     */
    Segment segment() {
        for (List<String> components : elements) {
            while (!components.isEmpty() && components.get(components.size() - 1).isEmpty()) {
                components.remove(components.size() - 1);
            }
        }
        while (!elements.isEmpty() && elements.get(elements.size() - 1).isEmpty()) {
            elements.remove(elements.size() - 1);
        }
        return new Segment(tag, position, elements);
    }
}
