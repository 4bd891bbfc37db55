package org.borderedi.gateway.model.canonical;

/**
 * A canonical XML or JSON document that cannot be read as a filing (not well-formed, a DOCTYPE, against the schema,
 * a wrong field), located as precisely as the form allows so that the sender can find the problem.
 */
public final class CanonicalFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /** A problem at a line and column (1-based), or -1 for each when unknown. */
    public CanonicalFormatException(String message, int line, int column, Throwable cause) {
        super(line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " + message : message, cause);
        this.line = line;
        this.column = column;
    }

    /** A problem without a location (a JSON field, which the message names by its path). */
    public CanonicalFormatException(String message) {
        this(message, -1, -1, null);
    }

    /** The line of the (first) problem, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The column of the (first) problem, or -1 when unknown. */
    public int column() {
        return column;
    }
}
