package org.borderedi.gateway.edi.cargoimp;

import java.util.List;
import org.borderedi.gateway.edi.Segment;

/** How the lines of one line identifier become segments: the field layout of that identifier, in grammar order. */
@FunctionalInterface
interface LineLayout {

    /** Usually one segment; one per physical line for repeating sub-lines (RTD, OCI, ACC, OTH, DIM). */
    List<Segment> segments(LogicalLine line) throws LineFormatException;

    /** A layout giving one segment whose elements the function builds. */
    static LineLayout single(ElementsOf elements) {
        return line -> List.of(new Segment(line.tag(), line.position(), elements.of(line)));
    }

    /** A layout giving one segment per physical line, each tagged as the logical line, with the function's elements. */
    static LineLayout perLine(ElementsOfLine elements) {
        return line -> {
            List<Segment> segments = new java.util.ArrayList<>();
            for (PhysicalLine physical : line.lines()) {
                segments.add(new Segment(line.tag(), physical.number(), elements.of(physical)));
            }
            return segments;
        };
    }

    /** The elements of a whole logical line. */
    @FunctionalInterface
    interface ElementsOf {
        List<List<String>> of(LogicalLine line) throws LineFormatException;
    }

    /** The elements of one physical line. */
    @FunctionalInterface
    interface ElementsOfLine {
        List<List<String>> of(PhysicalLine line) throws LineFormatException;
    }
}
