package org.borderedi.gateway.model;

/**
 * Where a value came from in the filer's message, so that a finding about it can point the filer back at its own
 * data: the segment (or Cargo-IMP line, or XML element path), its position, and the element within it.
 *
 * @param segment  the segment tag ("M11"), Cargo-IMP line identifier ("SHP") or XML element path ("Consignor/Name")
 * @param position the segment's position in the message from 1, the Cargo-IMP line number, or the XML line number;
 *                 0 when unknown
 * @param element  the element ("01", "03.2" for a component), field name, or XML attribute; null for the whole segment
 */
public record Source(String segment, int position, String element) {

    /** "M11@5/01": the form used in canonical XML ({@code src} attributes) and JSON. */
    @Override
    public String toString() {
        return segment + '@' + position + (element == null ? "" : "/" + element);
    }

    /**
     * Whether {@link #parse} reads the {@link #toString()} form back as this source. The position is read after the
     * last '@', so an element holding one would not; nor would a missing segment, which reads back as "null".
     */
    public boolean readsBack() {
        return segment != null && (element == null || element.indexOf('@') < 0);
    }

    /** Reads the {@link #toString()} form back. */
    public static Source parse(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("not a source: " + text);
        }
        int slash = text.indexOf('/', at);
        String position = slash < 0 ? text.substring(at + 1) : text.substring(at + 1, slash);
        return new Source(text.substring(0, at), Integer.parseInt(position), slash < 0 ? null : text.substring(slash + 1));
    }
}
