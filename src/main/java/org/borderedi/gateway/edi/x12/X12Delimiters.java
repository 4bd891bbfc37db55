package org.borderedi.gateway.edi.x12;

import org.borderedi.gateway.edi.Delimiters;

/**
 * The separators of one X12 interchange, read from its fixed-width ISA; acknowledgments are written with the same.
 *
 * @param repetition the repetition separator (ISA11 from version 00402 on), or null
 */
record X12Delimiters(char element, char component, char segment, Character repetition) {

    /** What an acknowledgment falls back to when the received separators cannot be used. */
    static final X12Delimiters DEFAULT = new X12Delimiters('*', ':', '~', '^');

    Delimiters toShared() {
        return new Delimiters(segment, element, component, repetition, null, '.');
    }

    /** The same separators without a repetition separator (versions before 00402). */
    X12Delimiters withoutRepetition() {
        return new X12Delimiters(element, component, segment, null);
    }

    boolean isDelimiter(char c) {
        return c == element || c == component || c == segment || (repetition != null && c == repetition);
    }

    /**
     * A separator must not be a letter, a digit or a space (they occur in data), nor a character StAEDI refuses
     * outright (NUL, BS, SO, SI, DLE, CAN, EM, SUB, ESC); other control characters are fine.
     */
    static boolean usable(char c) {
        if (Character.isLetterOrDigit(c) || c == ' ') {
            return false;
        }
        return switch (c) {
            case 0x00, 0x08, 0x0E, 0x0F, 0x10, 0x18, 0x19, 0x1A, 0x1B -> false;
            default -> c < 0x7F;
        };
    }

    /** How a separator is shown to people: printable as itself, control characters by code. */
    static String show(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
