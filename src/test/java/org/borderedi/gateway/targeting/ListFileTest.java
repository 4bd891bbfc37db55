package org.borderedi.gateway.targeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV lines of the engine's lists, and the party names they hold as matching compares them. */
class ListFileTest {

    @Test
    void splits_on_commas_and_trims_the_fields() throws IOException {
        assertEquals(List.of("PIP", "", "MAPLE IMPORTS INC"), ListFile.fields(" PIP ,, MAPLE IMPORTS INC ", "t", 1));
    }

    @Test
    void keeps_commas_and_doubled_quotes_inside_a_quoted_field() throws IOException {
        assertEquals(List.of("Orion Freight, Ltd.", "the \"orion\" alert"),
                ListFile.fields("\"Orion Freight, Ltd.\", \"the \"\"orion\"\" alert\"", "t", 1));
    }

    @Test
    void refuses_an_unclosed_quote() {
        assertEquals("t line 7: a quote is not closed",
                assertThrows(IOException.class, () -> ListFile.fields("\"Orion, Ltd.,x", "t", 7)).getMessage());
    }

    @Test
    void party_names_compare_without_case_punctuation_or_extra_spaces() {
        assertEquals("ORION FREIGHT LTD", PartyName.normalise("Orion Freight, Ltd."));
        assertEquals("ORION FREIGHT LTD", PartyName.normalise("  orion   FREIGHT-ltd "));
        assertEquals("KAASHANDEL DE MOLEN B V", PartyName.normalise("Kaashandel de Molen, B.V."));
    }
}
