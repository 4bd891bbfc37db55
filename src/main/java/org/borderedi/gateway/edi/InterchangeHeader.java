package org.borderedi.gateway.edi;

/**
 * What an interchange header says about the interchange: who sent it to whom, its control number, when, whether it
 * is a test and wants an acknowledgment, and its delimiters. Values are kept as written (trimmed of padding), so
 * that an acknowledgment can echo them; a value the header did not carry is null.
 *
 * @param date             ISA09 (YYMMDD) or UNB 0017 (YYMMDD or CCYYMMDD)
 * @param time             ISA10 or UNB 0019 (HHMM)
 * @param syntaxIdentifier EDIFACT UNB 0001 (UNOA, UNOC...), X12 ISA11 in versions before 00501 (the standards id)
 * @param version          X12 ISA12 (00401, 00501...), EDIFACT UNB 0002 (3, 4)
 */
public record InterchangeHeader(
        Syntax syntax,
        String controlNumber,
        Party sender,
        Party receiver,
        String date,
        String time,
        boolean test,
        boolean ackRequested,
        String syntaxIdentifier,
        String version,
        Delimiters delimiters) {
}
