package org.borderedi.gateway.translation.draft;

import java.util.regex.Pattern;
import org.borderedi.gateway.model.Text;

/**
 * Dates and times as formats write them, made ISO 8601 where the form is unambiguous (CCYYMMDD, YYMMDD with HHMM):
 * the model keeps dates as text, so one that cannot be read stays as written for business rules to report.
 */
final class Dates {

    // compiled once: every filing built reads a date or two
    private static final Pattern TIME = Pattern.compile("\\d{4}(\\d{2})?");
    private static final Pattern DATE = Pattern.compile("\\d{8}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{12}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private Dates() {
    }

    static Text combine(Text date, Text time) {
        if (date == null) {
            return null;
        }
        String iso = isoDate(date.value());
        if (iso == null) {
            return time == null ? date : new Text(date.value() + " " + time.value(), date.source());
        }
        if (time != null && TIME.matcher(time.value()).matches()) {
            String t = time.value();
            iso = iso + "T" + t.substring(0, 2) + ":" + t.substring(2, 4) + (t.length() == 6 ? ":" + t.substring(4, 6) : "");
        }
        return new Text(iso, date.source());
    }

    /** CCYY-MM-DD for CCYYMMDD or CCYY-MM-DD (and CCYYMMDDHHMM as a date-time); null for any other form. */
    static String isoDate(String value) {
        String v = value.trim();
        if (DATE.matcher(v).matches()) {
            return v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8);
        }
        if (DATE_TIME.matcher(v).matches()) {
            return v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8) + "T" + v.substring(8, 10) + ":"
                    + v.substring(10, 12);
        }
        if (ISO_DATE.matcher(v).matches()) {
            return v;
        }
        return null;
    }
}
