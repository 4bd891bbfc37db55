package org.borderedi.gateway.model.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.borderedi.gateway.model.Source;
import org.junit.jupiter.api.Test;

/** The {@code src} notation: segment@position/element, read back as the same source. */
class SourceNotationTest {

    @Test
    void reads_back_every_kind_of_source_it_writes() {
        for (Source source : new Source[] {new Source("M11", 5, "01"), new Source("NAD", 12, "03.2"),
                new Source("SHP", 3, null), new Source("Consignor/Name", 14, null),
                new Source("Consignor/Address/Street", 0, "line"), new Source("OCI", 7, "4/1")}) {
            String text = SourceNotation.format(source);
            assertEquals(source.toString(), text);
            assertEquals(source, Source.parse(text));
            assertEquals(source, SourceNotation.parse(text, "src"));
        }
    }

    @Test
    void writes_the_documented_form() {
        assertEquals("M11@5/01", SourceNotation.format(new Source("M11", 5, "01")));
        assertEquals("SHP@3", SourceNotation.format(new Source("SHP", 3, null)));
        assertNull(SourceNotation.format(null));
    }

    @Test
    void refuses_to_write_a_source_that_would_read_back_as_another() {
        assertThrows(IllegalArgumentException.class, () -> SourceNotation.format(new Source("N1", 4, "a@b")));
    }

    @Test
    void knows_without_reading_back_which_sources_read_back() {
        // what format() checks instead of parsing what it wrote: it must agree with parsing, separators anywhere
        for (String segment : new String[] {"M11", "", "a@b", "a/b", "@", "/", "Consignor/Name", null}) {
            for (int position : new int[] {0, 5, -1}) {
                for (String element : new String[] {null, "", "01", "4/1", "/", "@", "a@b", "@5/01", "x/@unit"}) {
                    Source source = new Source(segment, position, element);
                    boolean readsBack;
                    try {
                        readsBack = source.equals(Source.parse(source.toString()));
                    } catch (IllegalArgumentException e) {
                        readsBack = false;
                    }
                    assertEquals(readsBack, source.readsBack(), source.toString());
                }
            }
        }
    }

    @Test
    void rejects_a_src_without_a_position() {
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class,
                () -> SourceNotation.parse("M11/01", "Filing/PurposeCode"));
        assertEquals("Filing/PurposeCode: not a source (segment@position/element): M11/01", e.getMessage());
    }
}
