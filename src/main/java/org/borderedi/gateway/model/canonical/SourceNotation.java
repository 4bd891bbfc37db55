package org.borderedi.gateway.model.canonical;

import org.borderedi.gateway.model.Source;

/**
 * The {@code src} notation both canonical forms use for a value's {@link Source} ({@code M11@5/01}), refusing a
 * source that would not read back as itself rather than writing provenance that points somewhere else.
 */
final class SourceNotation {

    private SourceNotation() {
    }

    /** The notation of a source, or null for none. */
    static String format(Source source) {
        if (source == null) {
            return null;
        }
        if (!source.readsBack()) {
            throw new IllegalArgumentException("a source that does not read back as itself: " + source);
        }
        return source.toString();
    }

    /** The source a notation names, or null for none. */
    static Source parse(String text, String where) {
        if (text == null) {
            return null;
        }
        try {
            return Source.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CanonicalFormatException(where + ": not a source (segment@position/element): " + text);
        }
    }
}
