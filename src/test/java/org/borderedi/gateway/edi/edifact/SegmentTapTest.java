package org.borderedi.gateway.edi.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Segment;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.junit.jupiter.api.Test;

/** The EDIFACT validator hands every message segment to listeners that want them, as the filer meant its values. */
class SegmentTapTest {

    /** Records segments and, in the same list, where each message was reported. */
    private static final class Listener implements SyntaxEvents {
        final List<String> seen = new ArrayList<>();
        final List<Segment> segments = new ArrayList<>();
        private final boolean wants;

        Listener(boolean wants) {
            this.wants = wants;
        }

        @Override
        public boolean wantsSegments() {
            return wants;
        }

        @Override
        public void segmentRead(Segment segment) {
            segments.add(segment);
            seen.add(segment.position() + " " + segment.tag());
        }

        @Override
        public void messageChecked(MessageOutcome outcome) {
            seen.add("message " + outcome.controlNumber() + " " + outcome.verdict());
        }
    }

    private static Listener read(String sample, boolean wants) throws IOException {
        Listener listener = new Listener(wants);
        EdifactTestKit.VALIDATOR.validate(new ByteArrayInputStream(EdifactTestKit.bytes(sample)),
                EdifactTestKit.Profile.PARTNER.create(), listener);
        return listener;
    }

    @Test
    void reports_every_segment_from_UNH_to_UNT_in_order_before_the_message() throws IOException {
        Listener listener = read("cuscar-d95b-released-separators.edi", true);

        assertEquals(List.of("1 UNH", "2 BGM", "3 TDT", "4 LOC", "5 CNI", "6 RFF", "7 NAD", "8 GID", "9 FTX", "10 UNT",
                "message M+1 ACCEPTED"), listener.seen);
    }

    @Test
    void resolves_release_characters_and_splits_components() throws IOException {
        List<Segment> segments = read("cuscar-d95b-released-separators.edi", true).segments;

        assertEquals(List.of(List.of("M+1"), List.of("CUSCAR", "D", "95B", "UN")), segments.get(0).elements());
        assertEquals("DFMAN+26112203", segments.get(1).element(2));
        assertEquals(List.of(List.of("BM", "DMFW:0000123458")), segments.get(5).elements());
        assertEquals(List.of(List.of("CZ"), List.of(), List.of(), List.of("O'BRIEN + SONS LTD")), segments.get(6).elements());
        assertEquals("PUMPS 2:1 RATIO, 50+ UNITS?", segments.get(8).component(4, 1));
        assertEquals(List.of(List.of("10"), List.of("M+1")), segments.get(9).elements());
    }

    @Test
    void keeps_empty_components_in_place() throws IOException {
        List<Segment> segments = read("cuscar-d95b-ocean.edi", true).segments;

        Segment nad = segments.get(3);
        assertEquals("NAD", nad.tag());
        assertEquals(List.of(List.of("MS"), List.of("DMFW", "", "ZZZ")), nad.elements());
        Segment tdt = segments.get(4);
        assertEquals("9321483:146:11:DEMO TRADER", tdt.element(8));
        assertEquals("", tdt.element(4));
    }

    @Test
    void builds_no_segments_for_listeners_that_do_not_want_them() throws IOException {
        Listener listener = read("cuscar-d95b-ocean.edi", false);

        assertTrue(listener.segments.isEmpty());
        assertEquals(List.of("message DF0001 ACCEPTED"), listener.seen);
    }

    @Test
    void reports_the_segments_of_each_message_of_an_interchange() throws IOException {
        List<String> seen = read("cuscar-d95b-one-bad-message.edi", true).seen;

        assertEquals(33, seen.size());
        assertEquals("message 1 ACCEPTED", seen.get(10));
        assertEquals("1 UNH", seen.get(11));
        assertEquals("message 2 REJECTED", seen.get(21));
        assertEquals("message 3 ACCEPTED", seen.get(32));
    }
}
