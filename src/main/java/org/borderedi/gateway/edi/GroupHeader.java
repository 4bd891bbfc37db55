package org.borderedi.gateway.edi;

/**
 * What a functional group header says (X12 GS, EDIFACT UNG).
 *
 * @param functionalId GS01 (SO, MR...) or UNG 0038
 * @param version      GS08 (004010...) or UNG S008
 */
public record GroupHeader(String interchange, String functionalId, String controlNumber, Party sender, Party receiver,
        String date, String time, String version) {
}
