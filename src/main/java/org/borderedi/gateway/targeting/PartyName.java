package org.borderedi.gateway.targeting;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A party name reduced to what list matching compares: upper case, punctuation read as a space, runs of spaces as
 * one, so that "Kaashandel de Molen, B.V." and "KAASHANDEL DE MOLEN B V" are the same name.
 */
final class PartyName {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PartyName() {
    }

    /** The comparable form of a name; empty for a name of punctuation only. */
    static String normalise(String name) {
        return NOT_LETTER_OR_DIGIT.matcher(name.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
