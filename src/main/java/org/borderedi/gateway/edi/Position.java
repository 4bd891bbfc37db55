package org.borderedi.gateway.edi;

/**
 * Where in an interchange a finding points, in the terms acknowledgments use: the control references of the
 * interchange, group and message, then the segment's position (counted from 1 at ST/UNH for a message's segments, or
 * within the interchange for envelope segments), its tag, the element's position (from 1), the component's position
 * and the repetition (from 1; 0 where not applicable). Unknown references are null.
 */
public record Position(
        String interchange,
        String group,
        String message,
        int segment,
        String segmentTag,
        String loop,
        int element,
        int component,
        int repetition) {

    public static Position ofInterchange(String interchange) {
        return new Position(interchange, null, null, 0, null, null, 0, 0, 0);
    }

    public static Position ofGroup(String interchange, String group) {
        return new Position(interchange, group, null, 0, null, null, 0, 0, 0);
    }

    public static Position ofMessage(String interchange, String group, String message) {
        return new Position(interchange, group, message, 0, null, null, 0, 0, 0);
    }

    public Position atSegment(int segment, String segmentTag, String loop) {
        return new Position(interchange, group, message, segment, segmentTag, loop, 0, 0, 0);
    }

    public Position atElement(int element, int component, int repetition) {
        return new Position(interchange, group, message, segment, segmentTag, loop, element, component, repetition);
    }

    /** "interchange 000000101, group 101, message 0001, segment 5 (M11), element 3.2" */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("interchange ").append(interchange);
        if (group != null) {
            text.append(", group ").append(group);
        }
        if (message != null) {
            text.append(", message ").append(message);
        }
        if (segment > 0) {
            text.append(", segment ").append(segment);
        }
        if (segmentTag != null) {
            text.append(segment > 0 ? " (" + segmentTag + ")" : ", segment " + segmentTag);
        }
        if (element > 0) {
            text.append(", element ").append(element);
            if (component > 0) {
                text.append('.').append(component);
            }
            if (repetition > 1) {
                text.append(" repetition ").append(repetition);
            }
        }
        return text.toString();
    }
}
