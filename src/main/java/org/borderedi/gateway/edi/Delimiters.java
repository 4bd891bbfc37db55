package org.borderedi.gateway.edi;

/**
 * The separators an interchange uses, as read from its header (X12 ISA, EDIFACT UNA or the syntax level's defaults).
 * Acknowledgments are written back with the same ones.
 *
 * @param repetition the repetition separator (X12 ISA11 from 00501, EDIFACT syntax version 4), or null
 * @param release    the release (escape) character (EDIFACT), or null
 * @param declared   whether the interchange stated them (an X12 ISA, an EDIFACT UNA) rather than implying its syntax
 *                   level's defaults; an acknowledgment states them back only if the interchange did
 */
public record Delimiters(char segment, char element, char component, Character repetition, Character release,
        char decimal, boolean declared) {

    /** UN/EDIFACT's defaults when there is no UNA: ' + : * ? and the decimal point. */
    public static final Delimiters EDIFACT_DEFAULT = new Delimiters('\'', '+', ':', '*', '?', '.', false);

    /** Separators an interchange stated. */
    public Delimiters(char segment, char element, char component, Character repetition, Character release, char decimal) {
        this(segment, element, component, repetition, release, decimal, true);
    }
}
