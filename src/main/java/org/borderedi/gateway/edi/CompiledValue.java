package org.borderedi.gateway.edi;

import io.xlate.edi.schema.EDISimpleType;
import java.util.Optional;
import java.util.Set;

/**
 * One simple data element of a StAEDI schema, compiled for {@link CompiledSchema}: tells whether a value is certainly
 * valid. It is at least as strict as StAEDI everywhere (printable ASCII only, no exponents, no release characters), so
 * that "valid" here is never "invalid" there; anything unusual is left to StAEDI, which then explains it.
 */
record CompiledValue(EDISimpleType.Base base, long minLength, long maxLength, Set<String> codes) {

    /** Empty when the element uses what this check does not cover (versions, binary data). */
    static Optional<CompiledValue> of(EDISimpleType type) {
        if (type.hasVersions() || type.getBase() == null || type.getBase() == EDISimpleType.Base.BINARY) {
            return Optional.empty();
        }
        return Optional.of(new CompiledValue(type.getBase(), type.getMinLength(), type.getMaxLength(),
                Set.copyOf(type.getValueSet())));
    }

    /** Whether StAEDI would find nothing wrong with this non-empty value. */
    boolean admits(String value, char decimalMark, boolean codeLists) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return switch (base) {
            case STRING, IDENTIFIER -> within(value.length()) && (!codeLists || codes.isEmpty() || codes.contains(value));
            case NUMERIC -> within(digits(value, (char) 0));
            case DECIMAL -> within(digits(value, decimalMark));
            case DATE -> within(value.length()) && isDate(value);
            case TIME -> within(value.length()) && isTime(value);
            default -> false;
        };
    }

    private boolean within(long length) {
        return length >= minLength && length <= maxLength;
    }

    /**
     * The digits of a number written as an optional leading minus, digits and at most one decimal mark (0 for none),
     * which is how StAEDI counts its length; -1 for anything else.
     */
    private static int digits(String value, char decimalMark) {
        int digits = 0;
        boolean mark = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' && i == 0) {
                continue;
            } else if (c == decimalMark && decimalMark != 0 && !mark) {
                mark = true;
            } else {
                return -1;
            }
        }
        return digits == 0 ? -1 : digits;
    }

    /** CCYYMMDD, or YYMMDD when its century cannot change whether the day exists (not 29 February). */
    private static boolean isDate(String value) {
        if (!allDigits(value) || value.length() != 8 && value.length() != 6) {
            return false;
        }
        int n = value.length();
        int day = Integer.parseInt(value.substring(n - 2));
        int month = Integer.parseInt(value.substring(n - 4, n - 2));
        if (n == 6 && month == 2 && day == 29) {
            return false;
        }
        int year = n == 8 ? Integer.parseInt(value.substring(0, 4)) : 2001;
        return day >= 1 && month >= 1 && month <= 12 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /** HHMM, HHMMSS or HHMMSS with decimal seconds. */
    private static boolean isTime(String value) {
        int n = value.length();
        if (!allDigits(value) || n < 4 || n < 6 && n % 2 != 0) {
            return false;
        }
        int hours = Integer.parseInt(value.substring(0, 2));
        int minutes = Integer.parseInt(value.substring(2, 4));
        int seconds = n >= 6 ? Integer.parseInt(value.substring(4, 6)) : 0;
        return hours < 24 && minutes < 60 && seconds < 60;
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
