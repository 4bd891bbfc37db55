package org.borderedi.gateway.edi.edifact;

import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.Delimiters;

/**
 * A service segment taken apart by the gateway itself (the UNB, read before the interchange is handed to StAEDI,
 * so that an acknowledgment can be addressed however broken the rest is): its tag and its data elements' components,
 * with released separators turned back into data.
 */
record ServiceSegment(String tag, List<List<String>> elements) {

    ServiceSegment {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** Splits one segment's text (without its terminator) at the separators that are not released. */
    static ServiceSegment parse(String text, Delimiters delimiters) {
        Character release = delimiters.release();
        List<List<String>> elements = new ArrayList<>();
        List<String> components = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        String tag = null;
        boolean released = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (released) {
                value.append(c);
                released = false;
            } else if (release != null && c == release) {
                released = true;
            } else if (c == delimiters.element()) {
                if (tag == null) {
                    tag = value.toString();
                } else {
                    components.add(value.toString());
                    elements.add(components);
                    components = new ArrayList<>();
                }
                value.setLength(0);
            } else if (c == delimiters.component() && tag != null) {
                components.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        if (tag == null) {
            tag = value.toString();
        } else {
            components.add(value.toString());
            elements.add(components);
        }
        return new ServiceSegment(tag, elements);
    }

    /** The value at a data element (from 1) and component (from 1), or null when absent or empty. */
    String value(int element, int component) {
        if (element > elements.size()) {
            return null;
        }
        List<String> components = elements.get(element - 1);
        if (component > components.size()) {
            return null;
        }
        String value = components.get(component - 1);
        return value.isEmpty() ? null : value;
    }
}
