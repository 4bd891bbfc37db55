package org.borderedi.gateway.rules;

import java.util.regex.Pattern;

/**
 * The shape of an air waybill number: a 3-digit airline prefix, a hyphen and an 8-digit serial whose last digit is
 * the first seven taken as a number modulo 7 ("618-12345675": 1234567 mod 7 = 5).
 */
final class AirWaybillNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{3}-\\d{8}");

    private AirWaybillNumber() {
    }

    static boolean isValid(String number) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return false;
        }
        int serial = Integer.parseInt(number.substring(4, 11));
        return serial % 7 == number.charAt(11) - '0';
    }
}
