package org.borderedi.gateway.edi.edifact;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.stream.EDIStreamValidationError;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.Position;

/**
 * Turns what StAEDI reports against a schema (segments out of place or missing, elements missing, too long, not
 * numeric, not in the code list...) into findings with the CONTRL code and a sentence naming the segment, element and
 * value.
 */
final class StructureFindings {

    private StructureFindings() {
    }

    /**
     * A segment error; {@code position} points at the segment where it was found (for a missing segment, the one
     * that came where it was expected).
     *
     * @param where "CUSCAR D:95B", "the interchange"...
     */
    static Finding segment(EDIStreamValidationError error, String tag, EDIReference type, Position position, String where,
            String foundTag) {
        String loop = position.loop() == null ? "" : " in segment group " + position.loop();
        return switch (error) {
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
                    IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES, CONDITIONAL_REQUIRED_SEGMENT_MISSING ->
                    Finding.error(FindingCode.MANDATORY_SEGMENT_MISSING, position.atSegment(position.segment(), tag, position.loop()),
                            "mandatory segment " + tag + " is missing" + loop + " before segment " + position.segment()
                                    + " (" + foundTag + ")");
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> Finding.error(FindingCode.SEGMENT_NOT_IN_SET, position,
                    "segment " + tag + " is not a segment of " + where);
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> Finding.error(FindingCode.SEGMENT_OUT_OF_SEQUENCE, position,
                    "segment " + tag + " is out of sequence" + loop + ": " + where + " places it earlier");
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> Finding.error(FindingCode.SEGMENT_OVER_MAXIMUM_USE, position,
                    "segment " + tag + " occurs more often than the " + maxOccurs(type) + " times " + where + " allows" + loop);
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> Finding.error(FindingCode.LOOP_OVER_MAXIMUM, position,
                    "segment group " + (type == null ? "starting with " + tag : type.getReferencedType().getCode())
                            + " repeats more often than the " + maxOccurs(type) + " times " + where + " allows");
            default -> Finding.error(FindingCode.UNEXPECTED_SEGMENT, position,
                    "segment " + tag + " is not expected here" + loop + " in " + where);
        };
    }

    /**
     * An element error at an element of the current segment.
     *
     * @param value    the value received, or null
     * @param decimal  the decimal mark the interchange declares, or 0 when either is allowed
     */
    static Finding element(EDIStreamValidationError error, String value, EDIReference type, String referenceCode,
            Position position, String directory, char decimal) {
        String name = name(position.segmentTag(), referenceCode, type);
        EDISimpleType simple = type != null && type.getReferencedType() instanceof EDISimpleType s ? s : null;
        Finding finding = switch (error) {
            case REQUIRED_DATA_ELEMENT_MISSING, IMPLEMENTATION_TOO_FEW_REPETITIONS ->
                    Finding.error(FindingCode.MANDATORY_ELEMENT_MISSING, position, name + " is mandatory and missing");
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING ->
                    Finding.error(FindingCode.CONDITIONAL_ELEMENT_MISSING, position, name + " is required by another element and missing");
            case EXCLUSION_CONDITION_VIOLATED ->
                    Finding.error(FindingCode.EXCLUSION_VIOLATED, position, name + " is present together with an element it excludes");
            case TOO_MANY_DATA_ELEMENTS -> Finding.error(FindingCode.TOO_MANY_ELEMENTS, position,
                    position.segmentTag() + " has more data elements than defined: element " + position.element() + " is one too many");
            case TOO_MANY_COMPONENTS -> Finding.error(FindingCode.TOO_MANY_COMPONENTS, position,
                    name + " has more components than defined: component " + position.component() + " is one too many");
            case TOO_MANY_REPETITIONS -> Finding.error(FindingCode.TOO_MANY_REPETITIONS, position,
                    name + " repeats more often than allowed (repetition " + position.repetition() + ")");
            case DATA_ELEMENT_TOO_LONG -> Finding.error(FindingCode.ELEMENT_TOO_LONG, position,
                    name + " '" + value + "' is longer than its " + (simple == null ? "maximum" : simple.getMaxLength()) + " characters");
            case DATA_ELEMENT_TOO_SHORT -> Finding.error(FindingCode.ELEMENT_TOO_SHORT, position,
                    name + " '" + value + "' is shorter than its minimum of " + (simple == null ? "" : simple.getMinLength() + " ") + "characters");
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE -> Finding.error(FindingCode.INVALID_CODE_VALUE, position,
                    name + " '" + value + "' is not a code of the " + directory + " code list");
            case INVALID_DATE -> Finding.error(FindingCode.INVALID_DATE, position, name + " '" + value + "' is not a valid date");
            case INVALID_TIME -> Finding.error(FindingCode.INVALID_TIME, position, name + " '" + value + "' is not a valid time");
            case INVALID_CHARACTER_DATA -> numericProblem(name, value, position, decimal);
            default -> Finding.error(FindingCode.INVALID_CHARACTER, position, name + " '" + value + "' is not valid here");
        };
        return finding.withElement(referenceCode, value);
    }

    /** "BGM 1001 (Document message name coded)" or, without a schema type, "BGM element 3". */
    static String name(String tag, String referenceCode, EDIReference type) {
        if (referenceCode == null) {
            return tag + " element";
        }
        EDIType referenced = type == null ? null : type.getReferencedType();
        String title = referenced == null ? null : referenced.getTitle();
        return tag + " " + referenceCode + (title == null ? "" : " (" + title + ")");
    }

    private static Finding numericProblem(String name, String value, Position position, char decimal) {
        if (value != null && decimal != 0 && value.matches("-?[0-9]*[.,][0-9]+") && value.indexOf(decimal) < 0) {
            return Finding.error(FindingCode.INVALID_DECIMAL_NOTATION, position,
                    name + " '" + value + "' uses a decimal mark other than the '" + decimal + "' the interchange declares");
        }
        return Finding.error(FindingCode.INVALID_NUMERIC, position, name + " '" + value + "' is not a number");
    }

    private static String maxOccurs(EDIReference type) {
        return type == null ? "allowed" : String.valueOf(type.getMaxOccurs());
    }
}
