package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SegmentCursorTest {

    @Test
    void element_names_have_two_digits_and_the_component_after_a_dot() {
        assertEquals("05", SegmentCursor.elementName(5, 0));
        assertEquals("03.2", SegmentCursor.elementName(3, 2));
        assertEquals("12", SegmentCursor.elementName(12, 0));
        assertEquals("100.12", SegmentCursor.elementName(100, 12));
    }

    @Test
    void the_usual_names_are_shared_rather_than_made_for_every_value() {
        assertSame(SegmentCursor.elementName(11, 0), SegmentCursor.elementName(11, 0));
        assertSame(SegmentCursor.elementName(2, 3), SegmentCursor.elementName(2, 3));
    }
}
