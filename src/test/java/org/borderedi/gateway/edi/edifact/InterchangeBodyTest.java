package org.borderedi.gateway.edi.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.borderedi.gateway.edi.Delimiters;
import org.junit.jupiter.api.Test;

class InterchangeBodyTest {

    private static final Delimiters DEFAULTS = ServiceStringAdvice.DEFAULT_BEFORE_VERSION_4;

    private static String read(InterchangeBody body) throws IOException {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static InterchangeBody body(ByteSource source) {
        return new InterchangeBody(source, SyntaxLevel.UNOC.decoder(), DEFAULTS, "UNB+UNOC:3+A+B+261122:1412+R1'");
    }

    @Test
    void ends_after_the_unz_and_leaves_the_next_interchange_to_be_read() throws IOException {
        ByteSource source = new ByteSource(new ByteArrayInputStream(
                "UNH+1+CUSCAR:D:95B:UN'BGM+85'UNT+3+1'\r\nUNZ+1+R1'\r\nUNB+UNOA:3".getBytes(StandardCharsets.ISO_8859_1)));
        InterchangeBody body = body(source);

        assertEquals("UNB+UNOC:3+A+B+261122:1412+R1'UNH+1+CUSCAR:D:95B:UN'BGM+85'UNT+3+1'\r\nUNZ+1+R1'", read(body));
        assertEquals(InterchangeBody.End.TRAILER, body.end());
        assertEquals(List.of(List.of("1"), List.of("R1")), body.trailer().elements());
        assertEquals(1, body.messageHeaders());
        assertTrue(source.startsWith("\r\nUNB"));
    }

    @Test
    void stops_where_the_next_interchange_starts_when_the_unz_is_missing() throws IOException {
        ByteSource source = new ByteSource(new ByteArrayInputStream("UNH+1+X:D:95B:UN'UNT+2+1'UNA:+.? 'UNB".getBytes(StandardCharsets.ISO_8859_1)));
        InterchangeBody body = body(source);

        read(body);

        assertEquals(InterchangeBody.End.NEXT_INTERCHANGE, body.end());
        assertTrue(source.startsWith("UNA:+.? 'UNB"));
    }

    @Test
    void supplies_the_trailers_the_data_leaves_out_and_remembers_where() throws IOException {
        InterchangeBody body = body(new ByteSource(new ByteArrayInputStream(
                "UNG+X+A+B+261122:1412+G1+UN+D:95B'UNH+1+X:D:95B:UN'BGM+85'UNH+2+X:D:95B:UN'UNT+2+2'UNZ+1+R1'"
                        .getBytes(StandardCharsets.ISO_8859_1))));

        assertEquals("UNB+UNOC:3+A+B+261122:1412+R1'UNG+X+A+B+261122:1412+G1+UN+D:95B'UNH+1+X:D:95B:UN'BGM+85'UNT+1+X'"
                + "UNH+2+X:D:95B:UN'UNT+2+2'UNE+1+X'UNZ+1+R1'", read(body));
        assertFalse(body.isSupplied(4));
        assertTrue(body.isSupplied(5), "the UNT before the second UNH");
        assertFalse(body.isSupplied(6));
        assertTrue(body.isSupplied(8), "the UNE before the UNZ");
    }

    @Test
    void gives_stAEDI_a_unz_without_release_characters_and_keeps_the_real_values() throws IOException {
        InterchangeBody body = body(new ByteSource(new ByteArrayInputStream("UNZ+1+R?+1?:2?'3??'".getBytes(StandardCharsets.ISO_8859_1))));

        assertEquals("UNB+UNOC:3+A+B+261122:1412+R1'UNZ+1+R.1.2.3.'", read(body));
        assertEquals("R+1:2'3?", body.trailer().value(2, 1));
    }

    @Test
    void a_unz_without_its_terminator_is_not_held_in_memory() throws IOException {
        String endless = "UNZ+1+R1" + "X".repeat(5000);
        InterchangeBody body = body(new ByteSource(new ByteArrayInputStream(endless.getBytes(StandardCharsets.ISO_8859_1))));

        assertEquals("UNB+UNOC:3+A+B+261122:1412+R1'" + endless, read(body));
        assertEquals(InterchangeBody.End.END_OF_DATA, body.end());
        assertEquals(null, body.trailer());
    }

    @Test
    void hands_on_the_interchange_as_utf8_whatever_its_level() throws IOException {
        byte[] latin1 = "UNZ+1+R\u00c91'".getBytes(StandardCharsets.ISO_8859_1);
        InterchangeBody body = body(new ByteSource(new ByteArrayInputStream(latin1)));

        assertEquals("UNB+UNOC:3+A+B+261122:1412+R1'UNZ+1+R\u00c91'", read(body));
    }
}
