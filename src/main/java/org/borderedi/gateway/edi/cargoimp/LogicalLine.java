package org.borderedi.gateway.edi.cargoimp;

import java.util.List;

/**
 * A line identifier's line with everything that belongs to it: its continuation lines and, for a party, the NAM,
 * ADR and LOC lines under it. Layouts turn it into one segment, or one per physical line for repeating sub-lines.
 *
 * @param tag   the line identifier, or the synthetic tag of a line without one (see the package documentation)
 * @param lines the physical lines in file order, the identifier's line first
 */
record LogicalLine(String tag, List<PhysicalLine> lines) {

    LogicalLine {
        lines = List.copyOf(lines);
    }

    PhysicalLine first() {
        return lines.get(0);
    }

    /** Its line number in the file: that of its first physical line. */
    int position() {
        return first().number();
    }

    LogicalLine with(PhysicalLine line) {
        return new LogicalLine(tag, java.util.stream.Stream.concat(lines.stream(), java.util.stream.Stream.of(line)).toList());
    }
}
