package org.borderedi.gateway.edi.cargoimp;

import java.util.Arrays;
import java.util.List;

/**
 * One line of a Cargo-IMP file as it stands on disk, kept with its line number and byte offset so that every
 * segment and finding can point back to it.
 *
 * @param number the line number in the file, from 1
 * @param offset the byte offset of the line's first character in the file
 * @param text   the line without its line end (LF or CR LF) and without trailing spaces
 */
record PhysicalLine(int number, long offset, String text) {

    /** Whether the line continues the previous one: it starts with the field separator. */
    boolean continuation() {
        return text.startsWith("/");
    }

    /** The fields after the first one: after the line identifier, or after the leading '/' of a continuation. */
    List<String> rest() {
        List<String> fields = fields();
        return fields.subList(1, fields.size());
    }

    /** All fields separated by '/', empty ones included. */
    List<String> fields() {
        return Arrays.asList(text.split("/", -1));
    }
}
