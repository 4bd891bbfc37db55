package org.borderedi.gateway.edi.edifact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderedi.gateway.edi.Delimiters;

/**
 * The service characters of an interchange: those its UNA declares (component separator, element separator, decimal
 * mark, release character, repetition separator or reserved space, segment terminator), or the defaults when there
 * is no UNA.
 *
 * @param una the nine characters of the UNA as received, or null when the interchange has none
 */
record ServiceStringAdvice(char component, char element, char decimal, char release, char repetition, char segment,
        String una) {

    /** ISO 9735's defaults: {@code :+.? '} with {@code *} as repetition separator in syntax version 4. */
    static final ServiceStringAdvice DEFAULT = new ServiceStringAdvice(':', '+', '.', '?', '*', '\'', null);

    /** The defaults of syntax versions 1 to 3, which have no repetition separator. */
    static final Delimiters DEFAULT_BEFORE_VERSION_4 = new Delimiters('\'', '+', ':', null, '?', '.', false);

    static final int LENGTH = 9;

    /** Reads the nine characters of a UNA (starting with "UNA"); what makes it unusable is returned instead. */
    static Result parse(String una) {
        ServiceStringAdvice advice = new ServiceStringAdvice(una.charAt(3), una.charAt(4), una.charAt(5), una.charAt(6),
                una.charAt(7), una.charAt(8), una);
        List<String> problems = new ArrayList<>();
        char[] separators = {advice.component, advice.element, advice.segment};
        String[] names = {"component separator", "element separator", "segment terminator"};
        for (int i = 0; i < separators.length; i++) {
            char c = separators[i];
            if (c >= 0x80 || Character.isLetterOrDigit(c) || c == ' ') {
                problems.add("its " + names[i] + " " + shown(c) + " cannot separate EDIFACT data");
            }
            for (int j = i + 1; j < separators.length; j++) {
                if (c == separators[j]) {
                    problems.add("it declares " + shown(c) + " as both " + names[i] + " and " + names[j]);
                }
            }
            if (advice.release != ' ' && c == advice.release) {
                problems.add("it declares " + shown(c) + " as both " + names[i] + " and release character");
            }
        }
        if (advice.release >= 0x80 || Character.isLetterOrDigit(advice.release)) {
            problems.add("its release character " + shown(advice.release) + " cannot be one");
        }
        if (advice.repetition != ' ') {
            // the repetition separator (version 4; a reserved space before) must not double another service character
            char[] others = {advice.component, advice.element, advice.release, advice.segment};
            String[] otherNames = {"component separator", "element separator", "release character", "segment terminator"};
            for (int i = 0; i < others.length; i++) {
                if (others[i] == advice.repetition) {
                    problems.add("it declares " + shown(advice.repetition) + " as both " + otherNames[i] + " and repetition separator");
                }
            }
        }
        return problems.isEmpty() ? new Result(advice, null) : new Result(null, String.join("; ", problems));
    }

    /** The separators as the shared type holds them, for the interchange's syntax version. */
    Delimiters delimiters(int syntaxVersion) {
        if (una == null) {
            return syntaxVersion >= 4 ? Delimiters.EDIFACT_DEFAULT : DEFAULT_BEFORE_VERSION_4;
        }
        Character repetitionSeparator = syntaxVersion >= 4 && repetition != ' ' ? repetition : null;
        // before version 4 a space in the release position means the interchange uses no release character
        Character releaseCharacter = release == ' ' && syntaxVersion < 4 ? null : release;
        return new Delimiters(segment, element, component, repetitionSeparator, releaseCharacter, decimal);
    }

    /** The release character in effect, if any. */
    Optional<Character> releaseCharacter(int syntaxVersion) {
        return Optional.ofNullable(delimiters(syntaxVersion).release());
    }

    /** Whether the delimiters came from the defaults rather than a UNA: then no UNA is written back. */
    static boolean isImplied(Delimiters delimiters) {
        return !delimiters.declared();
    }

    private static String shown(char c) {
        return c < 0x20 || c >= 0x7F ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    /** A UNA read: the advice, or why it cannot be used. */
    record Result(ServiceStringAdvice advice, String problem) {
    }
}
