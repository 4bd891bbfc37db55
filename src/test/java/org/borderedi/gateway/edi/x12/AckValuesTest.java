package org.borderedi.gateway.edi.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Partner values echoed in acknowledgments never carry a separator, and fit their element. */
class AckValuesTest {

    private static final X12Delimiters DELIMITERS = new X12Delimiters('*', ':', '~', '^');

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "PLAIN|PLAIN",
        "A*B|A",
        "A~B|A",
        "A:B|A",
        "A^B|A",
        "*A|null",
        "'  '|null",
        "TAB\tHERE|TAB",
        "0123456789|01234"})
    void an_optional_value_is_cut_before_a_separator_or_control_character_and_left_out_when_nothing_remains(String value,
            String expected) {
        assertEquals(expected, AckValues.optional(value, DELIMITERS, 5));
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "0001|0001",
        "1|'1   '",
        "12*34~5|'12  '",
        "1234567890|123456789"})
    void a_mandatory_value_is_cut_then_padded_to_its_minimum(String value, String expected) {
        assertEquals(expected, AckValues.text(value, DELIMITERS, 4, 9));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"101,101", "000101,000101", "A01,0", "1234567890,0"})
    void a_number_is_echoed_when_it_is_one(String value, String expected) {
        assertEquals(expected, AckValues.number(value, 9, "0"));
    }
}
