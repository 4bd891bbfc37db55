package org.borderedi.gateway.decisions;

/**
 * What a targeting or agency decision says about a consignment. Holds (hold, do not load, request for information,
 * request for screening, examination) are placed and later removed; the others are single events.
 */
public enum DecisionKind {
    ASSESSMENT_COMPLETE,
    RELEASE,
    HOLD_PLACED,
    HOLD_REMOVED,
    DO_NOT_LOAD,
    DO_NOT_LOAD_REMOVED,
    REQUEST_FOR_INFORMATION,
    REQUEST_FOR_INFORMATION_REMOVED,
    REQUEST_FOR_SCREENING,
    REQUEST_FOR_SCREENING_REMOVED,
    EXAMINATION_REQUIRED,
    EXAMINATION_RESULT,
    ARRIVED
}
