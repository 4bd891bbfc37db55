package org.borderedi.gateway.edi.x12;

import java.util.ArrayList;
import java.util.List;

/** Small text rules X12 values share: splitting on a separator, digits, dates and times. */
final class X12Text {

    private X12Text() {
    }

    /** Splits on one character, keeping empty parts (X12 has no release character). */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    static boolean isDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** YYMMDD (ISA09) or CCYYMMDD (GS04): a real calendar date. */
    static boolean isDate(String value) {
        if (!isDigits(value) || (value.length() != 6 && value.length() != 8)) {
            return false;
        }
        int year = Integer.parseInt(value.substring(0, value.length() - 4));
        int month = Integer.parseInt(value.substring(value.length() - 4, value.length() - 2));
        int day = Integer.parseInt(value.substring(value.length() - 2));
        if (value.length() == 6) {
            year += 2000; // only leap years matter here, and 00 is one in both centuries
        }
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /** HHMM, HHMMSS, HHMMSSD or HHMMSSDD (GS05); ISA10 allows HHMM only, which the caller checks by length. */
    static boolean isTime(String value) {
        int length = value.length();
        if (!isDigits(value) || length < 4 || length > 8 || length == 5) {
            return false;
        }
        int hours = Integer.parseInt(value.substring(0, 2));
        int minutes = Integer.parseInt(value.substring(2, 4));
        int seconds = length >= 6 ? Integer.parseInt(value.substring(4, 6)) : 0;
        return hours <= 23 && minutes <= 59 && seconds <= 59;
    }

    /** A count or number as written: bare when it is digits, quoted otherwise. */
    static String number(String value) {
        return isDigits(value) ? value : quote(value);
    }

    /** A value for people: quoted, with control characters shown by code. */
    static String quote(String value) {
        StringBuilder text = new StringBuilder("'");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                text.append(String.format("\\u%04X", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.append('\'').toString();
    }
}
