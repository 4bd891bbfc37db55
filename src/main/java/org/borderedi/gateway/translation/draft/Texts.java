package org.borderedi.gateway.translation.draft;

import org.borderedi.gateway.model.Text;

/** Small operations on optional texts that several drafts need. */
final class Texts {

    private Texts() {
    }

    /** The first text, or the two joined by a space when both are there (the source of the first is kept). */
    static Text join(Text first, Text second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        return new Text(first.value() + " " + second.value(), first.source());
    }

    static String value(Text text) {
        return text == null ? null : text.value();
    }
}
