package org.borderedi.gateway.rules;

import java.util.regex.Pattern;

/**
 * The ISO 6346 check of a container number: owner code, category U, J or Z, six digits and a check digit, which is
 * the sum of each character's value times 2 to the power of its position, modulo 11, with 10 read as 0. Letters
 * count 10 to 38, leaving out 11, 22 and 33. Spaces and hyphens between the parts are ignored.
 */
final class ContainerNumber {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{3}[UJZ]\\d{7}");

    private ContainerNumber() {
    }

    static boolean isValid(String number) {
        if (number == null) {
            return false;
        }
        String compact = number.replace(" ", "").replace("-", "");
        if (!SHAPE.matcher(compact).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += value(compact.charAt(i)) << i;
        }
        return sum % 11 % 10 == compact.charAt(10) - '0';
    }

    private static int value(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        int value = 10;
        for (char letter = 'A'; letter < c; letter++) {
            value++;
            if (value % 11 == 0) {
                value++;
            }
        }
        return value;
    }
}
