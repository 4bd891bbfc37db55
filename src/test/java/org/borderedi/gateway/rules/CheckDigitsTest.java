package org.borderedi.gateway.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDigitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"618-12345675", "020-00000000", "176-99999992", "157-00000070"})
    void accepts_air_waybill_numbers_whose_last_digit_is_the_serial_mod_7(String number) {
        assertTrue(AirWaybillNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"618-12345674", "61812345675", "618-1234567", "618 12345675", "ABC-12345675", "618-123456750", ""})
    void rejects_air_waybill_numbers_of_another_shape_or_check_digit(String number) {
        assertFalse(AirWaybillNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054383", "BICU1234565", "CSQU3055380", "CSQU 305438-3"})
    void accepts_iso_6346_container_numbers_including_check_digit_0_for_remainder_10(String number) {
        assertTrue(ContainerNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054384", "CSQU3055381", "CSQA3054383", "CSQU305438", "csqu3054383", "1SQU3054383"})
    void rejects_container_numbers_of_another_shape_or_check_digit(String number) {
        assertFalse(ContainerNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"847130", "8471.30", "9405.10.00", "9405100000", "8517.13.0000"})
    void accepts_hs_codes_of_6_to_10_digits_with_dots(String code) {
        assertTrue(HsCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"84713", "94051000001", "8471-30", "8471.3O", ""})
    void rejects_hs_codes_of_other_lengths_or_characters(String code) {
        assertFalse(HsCode.isValid(code));
    }
}
