package org.borderedi.gateway.edi.cargoimp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the glued consignment detail shared by the FWB waybill line, the FHL MBI line and the FFM consignment lines
 * ({@code 555-64264793SVOREN/T114K2380DG6}) into the fixed elements 1 to 12 described in the package documentation.
 */
final class Consignments {

    /** Element indices of the shared consignment layout. */
    static final int PREFIX = 1;
    static final int SERIAL = 2;
    static final int ORIGIN = 3;
    static final int DESTINATION = 4;
    static final int SHIPMENT_CODE = 5;
    static final int PIECES = 6;
    static final int WEIGHT_CODE = 7;
    static final int WEIGHT = 8;
    static final int VOLUME_CODE = 9;
    static final int VOLUME = 10;
    static final int DENSITY_GROUP = 11;
    static final int TOTAL_PIECES = 12;

    private static final Pattern WAYBILL = Pattern.compile("(\\d{3})-(\\d{8})([A-Z]{3})([A-Z]{3})");
    private static final Pattern AS_WRITTEN = Pattern.compile("\\d{3}-\\d+");
    private static final Pattern QUANTITY = Pattern.compile(
            "([A-Z])(\\d{1,5})(?:([KL])(\\d{1,7}(?:\\.\\d{1,3})?))?(?:(MC|CC|CF|CI)(\\d{1,9}(?:\\.\\d{1,3})?))?"
                    + "(?:DG(\\d{1,2}))?(?:T(\\d{1,5}))?");

    private Consignments() {
    }

    /** Elements 1-4 from the waybill number with origin and destination. */
    static void waybill(PhysicalLine line, String value, Elements elements) throws LineFormatException {
        Matcher waybill = WAYBILL.matcher(value);
        if (!waybill.matches()) {
            throw new LineFormatException(line, "'" + value + "' is not an air waybill number (3-digit prefix, '-', "
                    + "8-digit serial) followed by the 3-letter origin and destination");
        }
        for (int i = 1; i <= 4; i++) {
            elements.put(i, waybill.group(i));
        }
    }

    /**
     * Elements 5-12 from the quantity detail: shipment description code, pieces, weight code and weight, volume code
     * and amount, density group, and (FFM, part shipments) the consignment's total pieces. An absent detail leaves them
     * empty; a total-pieces suffix is only read where the message allows it.
     */
    static void quantity(PhysicalLine line, String value, Elements elements, boolean totalPieces) throws LineFormatException {
        if (value.isEmpty()) {
            return;
        }
        Matcher quantity = QUANTITY.matcher(value);
        if (!quantity.matches() || (!totalPieces && quantity.group(8) != null)) {
            throw new LineFormatException(line, "'" + value + "' is not a quantity detail (shipment description code, "
                    + "pieces, K or L and the weight, then optionally volume and density)");
        }
        for (int i = 1; i <= 7; i++) {
            elements.put(SHIPMENT_CODE + i - 1, quantity.group(i));
        }
        if (totalPieces) {
            elements.put(TOTAL_PIECES, quantity.group(8));
        }
    }

    /**
     * The waybill number as written in the message ("618-12345675"), from a segment of this layout; from a line that
     * did not fit it (kept generic), the prefix and the digits after its '-' as written; null without either.
     */
    static String number(org.borderedi.gateway.edi.Segment segment) {
        String prefix = segment.element(PREFIX);
        String serial = segment.element(SERIAL);
        if (laidOut(segment)) {
            return prefix + "-" + serial;
        }
        Matcher written = AS_WRITTEN.matcher(prefix);
        return written.lookingAt() ? written.group() : null;
    }

    /** Whether the segment has this layout: a line that did not fit it is kept generic, its first field whole. */
    static boolean laidOut(org.borderedi.gateway.edi.Segment segment) {
        return segment.element(PREFIX).matches("\\d{3}") && segment.element(SERIAL).matches("\\d{8}");
    }

    /** Whether an 8-digit serial's last digit is its first seven digits modulo 7. */
    static boolean checkDigitHolds(String serial) {
        if (!serial.matches("\\d{8}")) {
            return false;
        }
        return Long.parseLong(serial.substring(0, 7)) % 7 == serial.charAt(7) - '0';
    }
}
