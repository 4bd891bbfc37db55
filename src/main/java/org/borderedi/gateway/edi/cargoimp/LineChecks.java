package org.borderedi.gateway.edi.cargoimp;

import java.util.Optional;
import org.borderedi.gateway.edi.FindingCode;

/**
 * Checks what every physical line must satisfy whatever its identifier: upper-case ASCII only, and no more than 69
 * characters.
 */
final class LineChecks {

    static final int MAX_LENGTH = 69;

    private LineChecks() {
    }

    /**
     * The first character outside the Cargo-IMP set (printable ASCII without lower-case letters), with its line and
     * column; a byte of a multi-byte UTF-8 character is reported at its own column.
     */
    static Optional<LineFinding> characters(PhysicalLine line, String tag) {
        String text = line.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lowerCase = c >= 'a' && c <= 'z';
            if (c < 0x20 || c > 0x7E || lowerCase) {
                int field = (int) text.substring(0, i).chars().filter(ch -> ch == '/').count();
                String what = lowerCase ? "the lower-case letter '" + c + "'"
                        : String.format("the byte 0x%02X, which is not %s", (int) c, c > 0x7E ? "ASCII" : "a printable character");
                String text1 = "line " + line.number() + " column " + (i + 1) + ": " + what
                        + "; Cargo-IMP allows upper-case ASCII only";
                return Optional.of(LineFinding.error(FindingCode.CARGO_IMP_INVALID_CHARACTER, line.number(), tag, field, text1)
                        .withBadValue(String.format(c > 0x7E || c < 0x20 ? "0x%02X" : "%c", (int) c)));
            }
        }
        return Optional.empty();
    }

    static Optional<LineFinding> length(PhysicalLine line, String tag) {
        if (line.text().length() <= MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(LineFinding.warning(FindingCode.CARGO_IMP_LINE_TOO_LONG, line.number(), tag, 0,
                "line " + line.number() + " has " + line.text().length() + " characters, more than " + MAX_LENGTH));
    }
}
