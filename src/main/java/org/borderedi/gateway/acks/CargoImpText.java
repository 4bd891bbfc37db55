package org.borderedi.gateway.acks;

import java.util.Locale;

/**
 * What a Cargo-IMP-style text answer (PER, PSN) may carry: upper-case ASCII fields, bill numbers and free text, so a
 * filer's or agency's value never adds a field separator ({@code /}) or a line to the answer.
 */
public final class CargoImpText {

    private CargoImpText() {
    }

    /** A field: upper-case letters, digits and underscores; anything else becomes a dot. */
    public static String field(String value, int max) {
        return keep(value, max, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", '.');
    }

    /** A bill number: letters, digits and dashes; anything else (a slash, a space) becomes a dot. */
    public static String bill(String value, int max) {
        return keep(value, max, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", '.');
    }

    /** Free text: letters, digits, spaces and . , - ( ) ; anything else becomes a space, runs of spaces collapse. */
    public static String text(String value) {
        String kept = keep(value, Integer.MAX_VALUE, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()", ' ');
        return kept.replaceAll(" +", " ").strip();
    }

    private static String keep(String value, int max, String allowed, char replacement) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        String upper = value.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length() && kept.length() < max; i++) {
            char c = upper.charAt(i);
            kept.append(allowed.indexOf(c) >= 0 ? c : replacement);
        }
        return kept.toString();
    }
}
