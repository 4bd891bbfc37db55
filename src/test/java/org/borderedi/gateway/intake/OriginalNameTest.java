package org.borderedi.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginalNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "MANIFEST_309.edi           | MANIFEST_309.edi",
            "../../etc/passwd           | .._.._etc_passwd",
            "..                         | _..",
            "-rf                        | _-rf",
            "'name with spaces;rm -rf'  | name_with_spaces_rm_-rf",
            "'new\nline'                | new_line",
            "'café.edi'                 | caf_.edi",
            "''                         | _"})
    void keeps_names_readable_and_harmless(String name, String expected) {
        assertEquals(expected, OriginalName.sanitise(name.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource({"300"})
    void bounds_the_length(int length) {
        assertTrue(OriginalName.sanitise("a".repeat(length)).length() <= OriginalName.MAX_LENGTH);
    }
}
