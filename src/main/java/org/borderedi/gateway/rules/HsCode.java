package org.borderedi.gateway.rules;

import java.util.regex.Pattern;

/** The shape of a tariff classification: 6 to 10 digits (HS and its national extensions), dots allowed between. */
final class HsCode {

    private static final Pattern DIGITS = Pattern.compile("\\d{6,10}");

    private HsCode() {
    }

    static boolean isValid(String code) {
        return code != null && DIGITS.matcher(code.replace(".", "")).matches();
    }
}
