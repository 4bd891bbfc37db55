package org.borderedi.gateway.edi;

/** An interchange sender or receiver: X12 ISA05/ISA06 (ISA07/ISA08), EDIFACT UNB 0004/0007 (0010/0007). */
public record Party(String qualifier, String id) {

    /** "ZZ:ACMEFWD", or the bare id when there is no qualifier. */
    @Override
    public String toString() {
        return qualifier == null || qualifier.isEmpty() ? id : qualifier + ":" + id;
    }
}
