package org.borderedi.gateway.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Smooks selector of the plain kind our mappings are written in, matched against an element without Jaxen: element
 * names from an ancestor down to the element, each with at most one test of an attribute against a quoted value
 * ({@code N9[@e01 != 'MB']}), and at most a last attribute the element must have ({@code SG1/DTM[@e01='132']/@e01_2}).
 * It matches exactly where Smooks' XPath pattern does: names are local names; an attribute test, like XPath's, is
 * false where the attribute is absent, for {@code =} and {@code !=} alike. Anything else (wildcards, {@code //},
 * positions, functions, prefixes, {@code #document}) is not plain and is left to Smooks.
 */
record PlainSelector(List<Step> steps, String attribute) {

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_.-]*";
    private static final Pattern STEP = Pattern.compile("(" + NAME + ")(?:\\[\\s*@(" + NAME + ")\\s*(!?=)\\s*"
            + "(?:'([^']*)'|\"([^\"]*)\")\\s*\\])?");
    private static final Pattern LAST_ATTRIBUTE = Pattern.compile("@(" + NAME + ")");

    PlainSelector {
        steps = List.copyOf(steps);
    }

    /** One element of the path: its name, and the attribute test on it if any. */
    record Step(String name, AttributeTest test) {

        boolean matches(Node node) {
            return node instanceof Element element && name.equals(localName(element))
                    && (test == null || test.holds(element));
        }
    }

    /** {@code [@attribute = 'value']}, or with {@code !=} when {@code equal} is false. */
    record AttributeTest(String attribute, String value, boolean equal) {

        boolean holds(Element element) {
            Attr present = attributeOf(element, attribute);
            return present != null && present.getValue().equals(value) == equal;
        }
    }

    /** The selector as a plain one, or empty where it is not. */
    static Optional<PlainSelector> parse(String selector) {
        List<Step> steps = new ArrayList<>();
        String attribute = null;
        String[] parts = selector.trim().split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            Matcher step = STEP.matcher(parts[i]);
            Matcher last = LAST_ATTRIBUTE.matcher(parts[i]);
            if (step.matches()) {
                steps.add(new Step(step.group(1), step.group(2) == null ? null : new AttributeTest(step.group(2),
                        step.group(4) != null ? step.group(4) : step.group(5), step.group(3).equals("="))));
            } else if (i == parts.length - 1 && i > 0 && last.matches()) {
                attribute = last.group(1);
            } else {
                return Optional.empty(); // a value holding a "/" lands here too: split, it is no longer a step
            }
        }
        return Optional.of(new PlainSelector(steps, attribute));
    }

    /** Whether the selector selects this element (for a last attribute: the element that has it). */
    boolean matches(Element element) {
        if (attribute != null && attributeOf(element, attribute) == null) {
            return false;
        }
        Node node = element;
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!steps.get(i).matches(node)) {
                return false;
            }
            node = node.getParentNode();
        }
        return true;
    }

    /**
     * The element's attribute of that name in no namespace, as XPath's {@code @name} selects it. Found by name first,
     * which Xerces looks up by halving its sorted list, where a look-up by namespace walks it all; only an attribute
     * in a namespace that goes by the same name (no prefix) sends it to the walk.
     */
    private static Attr attributeOf(Element element, String name) {
        Attr byName = element.getAttributeNode(name);
        return byName == null || byName.getNamespaceURI() == null ? byName : element.getAttributeNodeNS(null, name);
    }

    private static String localName(Element element) {
        String local = element.getLocalName();
        return local != null ? local : element.getNodeName();
    }
}
