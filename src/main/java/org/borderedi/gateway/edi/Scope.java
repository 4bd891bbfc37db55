package org.borderedi.gateway.edi;

/** The level of an interchange a finding is about; it decides which acknowledgment segment reports it. */
public enum Scope {
    /** X12 TA1 note code (TA105); EDIFACT UCI. */
    INTERCHANGE,
    /** X12 AK9 group error code; EDIFACT UCF. */
    GROUP,
    /** X12 AK5 / IK5 set error code; EDIFACT UCM. */
    MESSAGE,
    /** X12 AK3 / IK3 segment error code; EDIFACT UCS. */
    SEGMENT,
    /** X12 AK4 / IK4 element error code; EDIFACT UCD. */
    ELEMENT
}
