package org.borderedi.gateway.edi;

/**
 * One thing found wrong with an interchange: what (in each standard's terms), how bad, where, which data element,
 * the value that was wrong and a sentence for people. Validation collects every finding; it never stops at the
 * first.
 *
 * @param elementReference the data element's reference number (X12 "1324", EDIFACT "0062"), or null
 * @param badValue         a copy of the offending value, or null
 * @param text             what is wrong, specifically ("SE01 says 12 segments, the set has 13")
 * @param context          the business unit the finding is in (the bill of lading), for the filer to find it; or null
 */
public record Finding(FindingCode code, Severity severity, Position position, String elementReference, String badValue,
        String text, BusinessUnit context) {

    /**
     * A business unit of a message, named by the data element that identifies it: {@code M1101} with the bill of
     * lading number. X12 999 reports it in CTX.
     */
    public record BusinessUnit(String element, String reference) {
    }

    public static Finding error(FindingCode code, Position position, String text) {
        return new Finding(code, Severity.ERROR, position, null, null, text, null);
    }

    public Finding withElement(String reference, String value) {
        return new Finding(code, severity, position, reference, value, text, context);
    }

    public Finding in(BusinessUnit unit) {
        return new Finding(code, severity, position, elementReference, badValue, text, unit);
    }

    public Finding asWarning() {
        return new Finding(code, Severity.WARNING, position, elementReference, badValue, text, context);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for logs and the validate command: "ERROR at <position>: <text> [X12 ..., EDIFACT ...]". */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder().append(severity).append(" at ").append(position).append(": ").append(text);
        if (badValue != null) {
            line.append(" (value '").append(badValue).append("')");
        }
        if (elementReference != null) {
            line.append(" [element ").append(elementReference).append(']');
        }
        line.append(" [").append(code);
        if (code.x12() != null) {
            line.append(", X12 ").append(code.scope()).append(' ').append(code.x12());
        }
        if (code.edifact() != null) {
            line.append(", EDIFACT ").append(code.edifact());
        }
        return line.append(']').toString();
    }
}
