package org.borderedi.gateway.edi.x12;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.partners.CodeListMode;

/**
 * Checks one transaction set against its StAEDI schema: segment order, loops, mandatory segments and elements,
 * lengths, types, dates and code values. The set's own ST and SE are checked by {@link SetEnvelopeRules}; StAEDI's
 * view of them is ignored here.
 */
final class SetStructure {

    private static final Set<String> ENVELOPE = Set.of("ISA", "GS", "ST", "SE", "GE", "IEA");

    private final X12Schemas schemas;
    private final String type;
    private final Schema schema;
    private final CodeListMode codeLists;
    private final Position set;
    private final IntUnaryOperator realPosition;
    private final SetFindings findings;

    private final Deque<String> loops = new ArrayDeque<>();
    /** Element errors already reported, so that one fault gives one finding. */
    private final Set<String> reported = new HashSet<>();
    /** Segments that are not where the schema has them: their elements cannot be checked against a definition. */
    private final Set<Integer> misplaced = new HashSet<>();
    private String lastTag;
    /** Segments the interchange's reader read before this set's ST. */
    private int base;
    /** StAEDI left the set for an envelope of its own (an ISA inside the set): its reader is not fit for the next set. */
    private boolean envelopeMoved;
    private String bill;
    private String billElement;

    SetStructure(X12Schemas schemas, String type, Schema schema, CodeListMode codeLists,
            Position set, IntUnaryOperator realPosition, SetFindings findings) {
        this.schemas = schemas;
        this.type = type;
        this.schema = schema;
        this.codeLists = codeLists;
        this.set = set;
        this.realPosition = realPosition;
        this.findings = findings;
    }

    /**
     * Reads the whole set (its segments as {@code set} hands them on, ST first) with the interchange's reader and adds
     * what is wrong with it to the findings.
     */
    void check(StructureReader structure, EnvelopedSet.Segments set) throws IOException {
        EDIStreamReader reader = structure.begin(set);
        base = structure.base();
        boolean clean = false;
        try {
            int transactions = 0;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_TRANSACTION -> {
                        transactions++;
                        reader.setTransactionSchema(schema);
                    }
                    case START_LOOP -> loops.push(X12Schemas.loopId(reader.getReferenceCode()));
                    case END_LOOP -> loops.poll();
                    case START_SEGMENT -> segmentStarted(reader.getText());
                    case END_SEGMENT -> {
                        // StAEDI ends the SE without reading on: the set is done, and the reader is ready for the next
                        if (reader.getLocation().getSegmentPosition() > base && "SE".equals(reader.getLocation().getSegmentTag())) {
                            clean = transactions == 1 && !envelopeMoved;
                            return;
                        }
                    }
                    case ELEMENT_DATA -> elementRead(reader);
                    case SEGMENT_ERROR -> segmentError(reader);
                    case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> elementError(reader);
                    // a fresh reader opens the envelope before the set; within the set, an ISA or GS took StAEDI out of it
                    case START_INTERCHANGE, END_INTERCHANGE, START_GROUP, END_GROUP -> envelopeMoved |= transactions > 0;
                    default -> {
                        // the previous set's END_TRANSACTION and composites need nothing here
                    }
                }
            }
        } catch (EDIStreamException e) {
            rethrowInputFailure(e);
            unreadable(e.getLocation(), e.getMessage());
        } catch (RuntimeException e) {
            // StAEDI in a state its authors did not foresee: this set cannot be checked further, the others can
            unreadable(null, e.toString());
        } finally {
            structure.end(clean);
        }
    }

    /** StAEDI wraps a failure of the stream it reads; that is no fault of the set but of the input itself. */
    private static void rethrowInputFailure(EDIStreamException e) throws IOException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                throw io;
            }
        }
    }

    private void segmentStarted(String tag) {
        lastTag = tag;
        if ("LX".equals(tag) || "VID".equals(tag) && "358".equals(type)) {
            bill = null;
        }
    }

    /** Remembers the bill of lading the following segments belong to, so that findings can name it. */
    private void elementRead(EDIStreamReader reader) {
        Location at = reader.getLocation();
        String tag = at.getSegmentTag();
        if ("M11".equals(tag) && at.getElementPosition() == 1 || "MBL".equals(tag) && at.getElementPosition() == 2) {
            bill = reader.getText();
            billElement = tag + String.format("%02d", at.getElementPosition());
        }
    }

    /** The bill the finding is in, as the business unit a 999 names in CTX (M1101 or MBL02 with its number). */
    private Finding inBillOf(Finding finding) {
        return bill == null || bill.isEmpty() ? finding : finding.in(new Finding.BusinessUnit(billElement, bill));
    }

    private void segmentError(EDIStreamReader reader) {
        EDIStreamValidationError error = reader.getErrorType();
        Location at = reader.getLocation();
        String locationTag = at.getSegmentTag();
        if (ENVELOPE.contains(locationTag) && error != EDIStreamValidationError.MANDATORY_SEGMENT_MISSING) {
            return;
        }
        int position = position(at);
        String tag = locationTag;
        String loop = loops.peek();
        String text;
        FindingCode code;
        switch (error) {
            case UNRECOGNIZED_SEGMENT_ID, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> {
                loop = null;
                if (schemas.isKnownSegment(tag)) {
                    code = FindingCode.SEGMENT_NOT_IN_SET;
                    text = "segment " + position + " (" + tag + ") is not part of a " + type;
                } else {
                    code = FindingCode.UNRECOGNIZED_SEGMENT;
                    text = "segment " + position + " " + X12Text.quote(tag) + " is not a segment the gateway knows";
                }
            }
            case UNEXPECTED_SEGMENT, SEGMENT_EXCLUSION_CONDITION_VIOLATED, IMPLEMENTATION_UNUSED_SEGMENT_PRESENT -> {
                loop = null;
                if (schemas.definesSegment(type, tag)) {
                    code = FindingCode.UNEXPECTED_SEGMENT;
                    text = "segment " + position + " (" + tag + ") is not expected here" + after();
                } else {
                    code = FindingCode.SEGMENT_NOT_IN_SET;
                    text = "segment " + position + " (" + tag + ") is not part of a " + type;
                }
            }
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> {
                code = FindingCode.SEGMENT_OUT_OF_SEQUENCE;
                text = "segment " + position + " (" + tag + ") is out of sequence" + after();
            }
            case MANDATORY_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING,
                    IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE -> {
                tag = reader.getReferenceCode();
                loop = schemas.loopOf(type, tag);
                code = FindingCode.MANDATORY_SEGMENT_MISSING;
                text = "the mandatory segment " + tag + " is missing (noticed at segment " + position + ", " + locationTag + ")";
            }
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES, IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES -> {
                loop = X12Schemas.loopId(reader.getReferenceCode());
                code = FindingCode.LOOP_OVER_MAXIMUM;
                text = "loop " + loop + " starts again at segment " + position + " (" + tag + "); it may occur at most "
                        + maxOccurs(reader) + " times here";
            }
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> {
                code = FindingCode.SEGMENT_OVER_MAXIMUM_USE;
                text = "segment " + position + " (" + tag + ") repeats more often than the " + maxOccurs(reader) + " times allowed";
            }
            default -> {
                return;
            }
        }
        if (code == FindingCode.UNRECOGNIZED_SEGMENT || code == FindingCode.SEGMENT_NOT_IN_SET
                || code == FindingCode.UNEXPECTED_SEGMENT) {
            misplaced.add(position);
        }
        findings.add(inBillOf(Finding.error(code, set.atSegment(position, tag, loop), text + inBill())));
    }

    private void elementError(EDIStreamReader reader) {
        EDIStreamValidationError error = reader.getErrorType();
        Location at = reader.getLocation();
        String tag = at.getSegmentTag();
        if (ENVELOPE.contains(tag) || error.name().startsWith("CONTROL_")) {
            return;
        }
        int position = position(at);
        if (misplaced.contains(position)) {
            return; // StAEDI would check them against whatever definition it had last
        }
        int element = Math.max(at.getElementPosition(), 0);
        int component = Math.max(at.getComponentPosition(), 0);
        int occurrence = at.getElementOccurrence() > 1 ? at.getElementOccurrence() : 0;
        String value = text(reader);
        EDISimpleType definition = simpleType(reader);
        String reference = definition == null ? null : definition.getCode();
        String name = tag + IsaRules.two(element) + (component > 0 ? "-" + IsaRules.two(component) : "")
                + (definition == null || definition.getTitle() == null ? "" : " (" + definition.getTitle() + ")")
                + (occurrence > 0 ? ", repetition " + occurrence + "," : "");
        String elementKey = position + "/" + element + "/" + occurrence;
        FindingCode code;
        String text;
        switch (error) {
            case REQUIRED_DATA_ELEMENT_MISSING, IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING -> {
                code = FindingCode.MANDATORY_ELEMENT_MISSING;
                text = name + " is mandatory and missing";
            }
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> {
                code = FindingCode.CONDITIONAL_ELEMENT_MISSING;
                text = name + " is missing; a condition of " + tag + " on the elements present requires it";
            }
            case TOO_MANY_DATA_ELEMENTS, IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT -> {
                if (!reported.add(position + "/elements")) {
                    return;
                }
                code = FindingCode.TOO_MANY_ELEMENTS;
                component = 0;
                occurrence = 0;
                text = tag + " has more than the " + definedElements(tag) + " elements it defines (element " + element + ")";
            }
            case EXCLUSION_CONDITION_VIOLATED -> {
                code = FindingCode.EXCLUSION_VIOLATED;
                text = name + " may not be present together with another element of " + tag + " that is present";
            }
            case TOO_MANY_REPETITIONS -> {
                code = FindingCode.TOO_MANY_REPETITIONS;
                text = tag + IsaRules.two(element) + (definition == null || definition.getTitle() == null ? ""
                        : " (" + definition.getTitle() + ")") + " repeats (" + X12Text.quote(value) + " is repetition "
                        + occurrence + "); " + maxRepeats(reader);
            }
            case TOO_MANY_COMPONENTS -> {
                if (component == 1 || !reported.add(elementKey + "/components")) {
                    return; // the first component of a simple element is its value; the excess starts at the second
                }
                code = FindingCode.TOO_MANY_COMPONENTS;
                text = tag + IsaRules.two(element) + " has more components than its definition allows (component " + component + ")";
            }
            case DATA_ELEMENT_TOO_SHORT -> {
                reported.add(elementKey + "/length");
                code = FindingCode.ELEMENT_TOO_SHORT;
                text = name + " " + X12Text.quote(value) + " has " + characters(value.length()) + ", at least "
                        + (definition == null ? "more" : definition.getMinLength()) + " are needed";
            }
            case DATA_ELEMENT_TOO_LONG -> {
                reported.add(elementKey + "/length");
                code = FindingCode.ELEMENT_TOO_LONG;
                text = name + " " + X12Text.quote(value) + " has " + characters(value.length()) + ", at most "
                        + (definition == null ? "fewer" : definition.getMaxLength()) + " are allowed";
            }
            case INVALID_CHARACTER_DATA -> {
                boolean numeric = definition != null && (definition.getBase() == EDISimpleType.Base.NUMERIC
                        || definition.getBase() == EDISimpleType.Base.DECIMAL);
                code = numeric ? FindingCode.INVALID_NUMERIC : FindingCode.INVALID_CHARACTER;
                text = numeric ? name + " " + X12Text.quote(value) + " is not a number"
                        : name + " " + X12Text.quote(value) + " holds a character X12 does not allow";
            }
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE -> {
                if (codeLists == CodeListMode.OFF) {
                    return;
                }
                code = FindingCode.INVALID_CODE_VALUE;
                text = name + " " + X12Text.quote(value) + " is not " + allowed(definition);
            }
            case INVALID_DATE -> {
                if (reported.contains(elementKey + "/length")) {
                    return;
                }
                code = FindingCode.INVALID_DATE;
                text = name + " " + X12Text.quote(value) + " is not a date (CCYYMMDD)";
            }
            case INVALID_TIME -> {
                if (reported.contains(elementKey + "/length")) {
                    return;
                }
                code = FindingCode.INVALID_TIME;
                text = name + " " + X12Text.quote(value) + " is not a time (HHMM, HHMMSS or HHMMSSDD)";
            }
            default -> {
                return;
            }
        }
        Finding finding = inBillOf(Finding.error(code, set.atSegment(position, tag, loops.peek()).atElement(element, component, occurrence),
                text + inBill()).withElement(reference, value.isEmpty() ? null : value));
        // a stale code list must not turn a partner away: in "warn" mode the value is reported and accepted
        findings.add(code == FindingCode.INVALID_CODE_VALUE && codeLists == CodeListMode.WARN ? finding.asWarning() : finding);
    }

    private void unreadable(Location at, String message) {
        boolean located = at != null && at.getSegmentPosition() > base && at.getSegmentTag() != null;
        int position = located ? position(at) : 1; // where StAEDI cannot say, the set as a whole (its ST)
        String tag = located ? at.getSegmentTag() : "ST";
        findings.add(Finding.error(FindingCode.UNRECOGNIZED_SEGMENT, set.atSegment(position, tag, null),
                "segment " + position + " cannot be read (" + message + "); the rest of the set was not checked"));
    }

    private int position(Location at) {
        return realPosition.applyAsInt(at.getSegmentPosition() - base);
    }

    /** StAEDI reports a segment's errors before the segment starts: the one started last is the one before it. */
    private String after() {
        return lastTag == null ? "" : ", after " + lastTag;
    }

    private String inBill() {
        return bill == null || bill.isEmpty() ? "" : " (bill " + bill + ")";
    }

    private int definedElements(String tag) {
        EDIType segment = schema.getType(tag);
        return segment instanceof EDIComplexType complex ? complex.getReferences().size() : 0;
    }

    private static String text(EDIStreamReader reader) {
        try {
            String text = reader.getText();
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            return ""; // StAEDI has no text for an element that is absent
        }
    }

    private static EDISimpleType simpleType(EDIStreamReader reader) {
        EDIReference reference = reader.getSchemaTypeReference();
        return reference != null && reference.getReferencedType() instanceof EDISimpleType simple ? simple : null;
    }

    private static String maxOccurs(EDIStreamReader reader) {
        EDIReference reference = reader.getSchemaTypeReference();
        return reference == null ? "allowed" : String.valueOf(reference.getMaxOccurs());
    }

    private static String characters(int count) {
        return count == 1 ? "1 character" : count + " characters";
    }

    private static String maxRepeats(EDIStreamReader reader) {
        EDIReference reference = reader.getSchemaTypeReference();
        int max = reference == null ? 1 : reference.getMaxOccurs();
        return max <= 1 ? "it may occur only once" : "it may occur " + max + " times";
    }

    private static String allowed(EDISimpleType definition) {
        if (definition == null || definition.getValues().isEmpty()) {
            return "in its code list";
        }
        List<String> values = new ArrayList<>(definition.getValues().keySet());
        return values.size() <= 20 ? "one of " + String.join(", ", values) : "in its code list";
    }
}
