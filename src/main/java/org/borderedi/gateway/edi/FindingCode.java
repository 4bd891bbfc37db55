package org.borderedi.gateway.edi;

import static org.borderedi.gateway.edi.Scope.ELEMENT;
import static org.borderedi.gateway.edi.Scope.GROUP;
import static org.borderedi.gateway.edi.Scope.INTERCHANGE;
import static org.borderedi.gateway.edi.Scope.MESSAGE;
import static org.borderedi.gateway.edi.Scope.SEGMENT;

/**
 * Everything the syntax layer can find wrong, each with the code that reports it in each standard: for X12 the code
 * of the acknowledgment segment of its scope (TA105 note, AK9, AK5/IK5, AK3/IK3, AK4/IK4), for EDIFACT the CONTRL
 * syntax error code (0085). A null code means the standard has no such error; validators of that standard do not
 * report it.
 */
public enum FindingCode {

    // --- interchange: X12 TA1 note codes (TA105), EDIFACT UCI
    INTERCHANGE_CONTROL_NUMBER_MISMATCH(INTERCHANGE, "001", "28", "the control numbers of the interchange header and trailer differ"),
    STANDARD_NOT_SUPPORTED(INTERCHANGE, "002", "2", "the standard of the interchange is not supported"),
    VERSION_NOT_SUPPORTED(INTERCHANGE, "003", "2", "the version of the interchange is not supported"),
    INVALID_SEGMENT_TERMINATOR(INTERCHANGE, "004", "22", "the segment terminator is not usable"),
    INVALID_SENDER_QUALIFIER(INTERCHANGE, "005", "12", "the sender's identification qualifier is not valid"),
    INVALID_SENDER_ID(INTERCHANGE, "006", "12", "the sender's identification is not valid"),
    SENDER_NOT_AUTHORIZED(INTERCHANGE, "006", "23", "the sender is not an identity of the partner that delivered the interchange"),
    INVALID_RECEIVER_QUALIFIER(INTERCHANGE, "007", "12", "the receiver's identification qualifier is not valid"),
    INVALID_RECEIVER_ID(INTERCHANGE, "008", "12", "the receiver's identification is not valid"),
    NOT_THE_RECIPIENT(INTERCHANGE, "009", "7", "the interchange is addressed to someone other than this gateway"),
    INVALID_AUTHORIZATION_QUALIFIER(INTERCHANGE, "010", null, "the authorization information qualifier is not valid"),
    INVALID_AUTHORIZATION(INTERCHANGE, "011", null, "the authorization information is not valid"),
    INVALID_SECURITY_QUALIFIER(INTERCHANGE, "012", null, "the security information qualifier is not valid"),
    INVALID_SECURITY(INTERCHANGE, "013", null, "the security information is not valid"),
    INVALID_INTERCHANGE_DATE(INTERCHANGE, "014", "12", "the interchange date is not a valid date"),
    INVALID_INTERCHANGE_TIME(INTERCHANGE, "015", "12", "the interchange time is not a valid time"),
    INVALID_STANDARDS_IDENTIFIER(INTERCHANGE, "016", null, "the interchange control standards identifier is not valid"),
    INVALID_VERSION_IDENTIFIER(INTERCHANGE, "017", "12", "the interchange version is not valid"),
    INVALID_INTERCHANGE_CONTROL_NUMBER(INTERCHANGE, "018", "12", "the interchange control number is not valid"),
    INVALID_ACK_REQUESTED(INTERCHANGE, "019", "12", "the acknowledgment request is not valid"),
    INVALID_TEST_INDICATOR(INTERCHANGE, "020", "12", "the test indicator is not valid"),
    GROUP_COUNT_MISMATCH(INTERCHANGE, "021", "29", "the interchange trailer's count does not match the groups or messages received"),
    INVALID_CONTROL_STRUCTURE(INTERCHANGE, "022", "18", "the interchange's control structure is not valid"),
    PREMATURE_END_OF_DATA(INTERCHANGE, "023", "13", "the data ends before the interchange trailer"),
    INVALID_INTERCHANGE_CONTENT(INTERCHANGE, "024", "18", "the interchange's content cannot be read"),
    DUPLICATE_INTERCHANGE(INTERCHANGE, "025", "26", "this sender's interchange control number was received before"),
    INVALID_ELEMENT_SEPARATOR(INTERCHANGE, "026", "22", "the data element separator is not usable"),
    INVALID_COMPONENT_SEPARATOR(INTERCHANGE, "027", "22", "the component element separator is not usable"),
    INVALID_REPETITION_SEPARATOR(INTERCHANGE, "031", null, "the repetition separator is not usable"),
    SYNTAX_LEVEL_NOT_SUPPORTED(INTERCHANGE, null, "2", "the syntax identifier or its version is not supported"),
    GROUPS_AND_MESSAGES_MIXED(INTERCHANGE, null, "30", "the interchange mixes functional groups with messages outside groups"),
    LOWER_LEVEL_EMPTY(INTERCHANGE, null, "32", "the interchange holds no messages"),

    // --- functional group: X12 AK9 codes, EDIFACT UCF
    GROUP_NOT_SUPPORTED(GROUP, "1", "14", "the functional group is not supported"),
    GROUP_VERSION_NOT_SUPPORTED(GROUP, "2", "2", "the functional group's version is not supported"),
    GROUP_TRAILER_MISSING(GROUP, "3", "13", "the functional group has no trailer"),
    GROUP_CONTROL_NUMBER_MISMATCH(GROUP, "4", "28", "the control numbers of the group header and trailer differ"),
    GROUP_MESSAGE_COUNT_MISMATCH(GROUP, "5", "29", "the group trailer's count does not match the messages received"),
    INVALID_GROUP_CONTROL_NUMBER(GROUP, "6", "12", "the group control number is not valid"),
    DUPLICATE_GROUP_CONTROL_NUMBER(GROUP, "6", "26", "the group control number is used twice in the interchange"),

    // --- transaction set / message: X12 AK5 (IK5) codes, EDIFACT UCM
    MESSAGE_TYPE_NOT_SUPPORTED(MESSAGE, "1", "14", "the transaction set or message type is not supported"),
    MESSAGE_TYPE_NOT_AGREED(MESSAGE, "1", "17", "the partner's registry entry does not let it file this message type"),
    MESSAGE_TRAILER_MISSING(MESSAGE, "2", "13", "the transaction set or message has no trailer"),
    MESSAGE_CONTROL_NUMBER_MISMATCH(MESSAGE, "3", "28", "the control numbers of the message header and trailer differ"),
    SEGMENT_COUNT_MISMATCH(MESSAGE, "4", "29", "the trailer's segment count does not match the segments received"),
    MESSAGE_HAS_SEGMENT_ERRORS(MESSAGE, "5", null, "one or more segments are in error"),
    INVALID_MESSAGE_TYPE(MESSAGE, "6", "12", "the transaction set or message identifier is missing or not valid"),
    INVALID_MESSAGE_CONTROL_NUMBER(MESSAGE, "7", "12", "the message control number is missing or not valid"),
    DUPLICATE_MESSAGE_CONTROL_NUMBER(MESSAGE, "23", "26", "the message control number is used twice in the group"),

    // --- segment: X12 AK3 (IK3) codes, EDIFACT UCS
    UNRECOGNIZED_SEGMENT(SEGMENT, "1", "14", "the segment is not a known segment"),
    UNEXPECTED_SEGMENT(SEGMENT, "2", "14", "the segment is not expected here"),
    MANDATORY_SEGMENT_MISSING(SEGMENT, "3", "13", "a mandatory segment is missing"),
    LOOP_OVER_MAXIMUM(SEGMENT, "4", "36", "the loop or segment group occurs more often than allowed"),
    SEGMENT_OVER_MAXIMUM_USE(SEGMENT, "5", "35", "the segment occurs more often than allowed"),
    SEGMENT_NOT_IN_SET(SEGMENT, "6", "14", "the segment is not defined for this transaction set or message"),
    SEGMENT_OUT_OF_SEQUENCE(SEGMENT, "7", "15", "the segment is out of sequence"),
    SEGMENT_HAS_ELEMENT_ERRORS(SEGMENT, "8", null, "one or more data elements of the segment are in error"),

    // --- data element: X12 AK4 (IK4) codes, EDIFACT UCD
    MANDATORY_ELEMENT_MISSING(ELEMENT, "1", "13", "a mandatory data element is missing"),
    CONDITIONAL_ELEMENT_MISSING(ELEMENT, "2", "13", "a data element required by a condition is missing"),
    TOO_MANY_ELEMENTS(ELEMENT, "3", "16", "the segment has more data elements than defined"),
    ELEMENT_TOO_SHORT(ELEMENT, "4", "40", "the data element is shorter than its minimum length"),
    ELEMENT_TOO_LONG(ELEMENT, "5", "39", "the data element is longer than its maximum length"),
    INVALID_CHARACTER(ELEMENT, "6", "21", "the data element holds a character not allowed here"),
    INVALID_CODE_VALUE(ELEMENT, "7", "12", "the data element's code value is not in its code list"),
    INVALID_DATE(ELEMENT, "8", "12", "the data element is not a valid date"),
    INVALID_TIME(ELEMENT, "9", "12", "the data element is not a valid time"),
    EXCLUSION_VIOLATED(ELEMENT, "10", "12", "data elements that exclude each other are both present"),
    TOO_MANY_REPETITIONS(ELEMENT, "12", "35", "the data element repeats more often than allowed"),
    TOO_MANY_COMPONENTS(ELEMENT, "13", "16", "the composite has more components than defined"),
    INVALID_NUMERIC(ELEMENT, "6", "37", "the numeric data element holds characters that are not digits"),
    INVALID_DECIMAL_NOTATION(ELEMENT, "6", "19", "the decimal mark is not the one the interchange declares"),

    // --- Cargo-IMP (IATA FWB, FHL, FFM): line-oriented messages without X12 or EDIFACT acknowledgment codes; the
    // segment of their positions is the line number in the file
    CARGO_IMP_INVALID_MESSAGE_TYPE(MESSAGE, null, null, "the first line names no Cargo-IMP message type the gateway reads"),
    CARGO_IMP_UNSUPPORTED_VERSION(MESSAGE, null, null, "the Cargo-IMP message's version is not one the gateway reads"),
    CARGO_IMP_BAD_LINE_FORMAT(SEGMENT, null, null, "the line does not fit the layout of its line identifier"),
    CARGO_IMP_UNKNOWN_LINE(SEGMENT, null, null, "the line identifier is not defined for this message type and version"),
    CARGO_IMP_LINE_TOO_LONG(SEGMENT, null, null, "the line is longer than the 69 characters Cargo-IMP allows"),
    CARGO_IMP_INVALID_CHARACTER(ELEMENT, null, null, "the line holds a character outside upper-case ASCII"),
    CARGO_IMP_AWB_CHECK_DIGIT(ELEMENT, null, null, "the air waybill serial's last digit is not its first seven digits modulo 7");

    private final Scope scope;
    private final String x12;
    private final String edifact;
    private final String description;

    FindingCode(Scope scope, String x12, String edifact, String description) {
        this.scope = scope;
        this.x12 = x12;
        this.edifact = edifact;
        this.description = description;
    }

    public Scope scope() {
        return scope;
    }

    /** The code in the X12 acknowledgment segment of this scope, or null where X12 has no such error. */
    public String x12() {
        return x12;
    }

    /** The EDIFACT CONTRL syntax error code (0085), or null where EDIFACT has no such error. */
    public String edifact() {
        return edifact;
    }

    public String description() {
        return description;
    }
}
