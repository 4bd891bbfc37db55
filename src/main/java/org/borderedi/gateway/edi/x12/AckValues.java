package org.borderedi.gateway.edi.x12;

/**
 * Makes partner values safe to echo in an acknowledgment. X12 has no release character, so a value holding one of
 * the acknowledgment's separators (or a control character) is cut before it: a generated segment never gains an
 * element, a component or a segment from partner data. Values are then cut to the element's maximum length and
 * padded to its minimum (spaces for AN and ID, as X12 pads; leading zeros for numbers).
 */
final class AckValues {

    private AckValues() {
    }

    /** The value up to its first separator or control character. */
    static String safe(String value, X12Delimiters delimiters) {
        if (value == null) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (delimiters.isDelimiter(c) || c < 0x20 || c == 0x7F) {
                return value.substring(0, i);
            }
        }
        return value;
    }

    /** A mandatory AN or ID element: safe, cut to max, padded with spaces to min. */
    static String text(String value, X12Delimiters delimiters, int min, int max) {
        String safe = safe(value, delimiters);
        if (safe.length() > max) {
            safe = safe.substring(0, max);
        }
        StringBuilder padded = new StringBuilder(safe);
        while (padded.length() < min) {
            padded.append(' ');
        }
        return padded.toString();
    }

    /** An optional AN element: safe and cut to max, or null (left out) when nothing safe remains. */
    static String optional(String value, X12Delimiters delimiters, int max) {
        String safe = safe(value, delimiters).strip();
        if (safe.isEmpty()) {
            return null;
        }
        return safe.length() > max ? safe.substring(0, max) : safe;
    }

    /**
     * Free text of the gateway's own (a remark, an error message) or the filer's: every separator, control character
     * and non-ASCII character becomes a space, runs of spaces are collapsed, and the result is cut to max; null when
     * nothing but spaces remains.
     */
    static String freeText(String value, X12Delimiters delimiters, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean writable = !delimiters.isDelimiter(c) && c >= 0x20 && c < 0x7F;
            char kept = writable ? c : ' ';
            if (kept != ' ' || (text.length() > 0 && text.charAt(text.length() - 1) != ' ')) {
                text.append(kept);
            }
        }
        String safe = text.toString().strip();
        if (safe.isEmpty()) {
            return null;
        }
        return safe.length() > max ? safe.substring(0, max).strip() : safe;
    }

    /** A numeric (N0) element: the value when it is digits within the maximum length, else the fallback. */
    static String number(String value, int max, String fallback) {
        return value != null && X12Text.isDigits(value) && value.length() <= max ? value : fallback;
    }
}
