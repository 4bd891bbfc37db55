package org.borderedi.gateway.edi.cargoimp;

/**
 * Raised by a line layout when a line cannot be split into the fields of its identifier; the message check turns it
 * into a finding and keeps the line as a generic segment.
 */
final class LineFormatException extends Exception {

    private final int line;

    LineFormatException(PhysicalLine line, String reason) {
        super(reason);
        this.line = line.number();
    }

    /** The line number in the file of the physical line that does not fit. */
    int line() {
        return line;
    }
}
