package org.borderedi.gateway.edi.edifact;

import org.borderedi.gateway.edi.Delimiters;

/**
 * Whether a data element's value keeps to the character repertoire of the interchange's syntax level (CONTRL error
 * 21). A separator the interchange's UNA declares is data when released, even where the level's table lacks it.
 */
final class RepertoireCheck {

    private final SyntaxLevel level;
    private final Delimiters delimiters;

    RepertoireCheck(SyntaxLevel level, Delimiters delimiters) {
        this.level = level;
        this.delimiters = delimiters;
    }

    /** What is wrong with the value ("holds lower-case letter 'a' at character 2, which UNOA does not allow"), or null. */
    String problem(String value) {
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            int c = value.codePointAt(i);
            if (!level.allows(c) && !isServiceCharacter(c)) {
                return "holds " + SyntaxLevel.describe(c) + " at character " + (value.codePointCount(0, i) + 1) + ", which "
                        + level + " does not allow";
            }
        }
        return null;
    }

    private boolean isServiceCharacter(int c) {
        return c == delimiters.segment() || c == delimiters.element() || c == delimiters.component()
                || (delimiters.release() != null && c == delimiters.release())
                || (delimiters.repetition() != null && c == delimiters.repetition());
    }
}
