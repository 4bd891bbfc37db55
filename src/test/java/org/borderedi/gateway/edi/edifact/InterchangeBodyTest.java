package org.borderedi.gateway.edi.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** A proof that clears whole the messages whose reference it is given, and records when each was passed over. */
    private static final class WholeProof implements InterchangeBody.MessageProof {
        private final List<String> references;
        private final StringBuilder handed;
        final List<String> passed = new ArrayList<>();

        WholeProof(StringBuilder handed, String... references) {
            this.handed = handed;
            this.references = List.of(references);
        }

        @Override
        public InterchangeBody.Clearance clearance(MessageLookahead.Message message) {
            return references.contains(message.header().get(1)) ? InterchangeBody.Clearance.WHOLE
                    : InterchangeBody.Clearance.NONE;
        }

        @Override
        public void passedOverWhole(MessageLookahead.Message message) {
            passed.add(message.header().get(1) + " " + message.segments().size() + " " + message.trailer()
                    + " after " + handed);
        }
    }

    /** Reads as StAEDI's buffer does, each call asking for more than is left: what each call returned. */
    private static List<String> readInCalls(InterchangeBody body, StringBuilder handed) throws IOException {
        List<String> calls = new ArrayList<>();
        byte[] buffer = new byte[8192];
        for (int n = body.read(buffer, 0, buffer.length); n >= 0; n = body.read(buffer, 0, buffer.length)) {
            String text = new String(buffer, 0, n, StandardCharsets.UTF_8);
            calls.add(text);
            handed.append(text);
        }
        return calls;
    }

    @Test
    void hands_stAEDI_one_segment_at_a_time() throws IOException {
        InterchangeBody body = body(new ByteSource(new ByteArrayInputStream(
                "UNH+1+CUSCAR:D:95B:UN'BGM+85'\nUNT+3+1'UNZ+1+R1'".getBytes(StandardCharsets.ISO_8859_1))));

        assertEquals(List.of("UNB+UNOC:3+A+B+261122:1412+R1'", "UNH+1+CUSCAR:D:95B:UN'", "BGM+85'", "\n", "UNT+3+1'",
                "UNZ+1+R1'"), readInCalls(body, new StringBuilder()));
    }

    @Test
    void passes_a_message_cleared_whole_over_once_everything_before_it_was_handed_on() throws IOException {
        StringBuilder handed = new StringBuilder();
        WholeProof proof = new WholeProof(handed, "1", "3");
        InterchangeBody body = body(new ByteSource(new ByteArrayInputStream(
                "UNH+1+CUSCAR:D:95B:UN'BGM+85'TDT+20'UNT+4+1'UNH+2+CUSCAR:D:95B:UN'UNT+2+2'UNH+3+CUSCAR:D:95B:UN'UNT+2+3'UNZ+3+R1'"
                        .getBytes(StandardCharsets.ISO_8859_1))));
        body.passOverMessagesClearedBy(proof);

        readInCalls(body, handed);

        assertEquals("UNB+UNOC:3+A+B+261122:1412+R1'UNH+2+CUSCAR:D:95B:UN'UNT+2+2'UNZ+3+R1'", handed.toString());
        assertEquals(List.of("1 2 [UNT, 4, 1] after UNB+UNOC:3+A+B+261122:1412+R1'",
                "3 0 [UNT, 2, 3] after UNB+UNOC:3+A+B+261122:1412+R1'UNH+2+CUSCAR:D:95B:UN'UNT+2+2'"), proof.passed);
        assertEquals(3, body.messageHeaders());
    }

    @Test
    void a_message_after_one_left_open_goes_to_stAEDI_behind_the_trailer_supplied() throws IOException {
        StringBuilder handed = new StringBuilder();
        WholeProof proof = new WholeProof(handed, "2");
        InterchangeBody body = body(new ByteSource(new ByteArrayInputStream(
                "UNH+1+CUSCAR:D:95B:UN'BGM+85'UNH+2+CUSCAR:D:95B:UN'UNT+2+2'UNZ+2+R1'".getBytes(StandardCharsets.ISO_8859_1))));
        body.passOverMessagesClearedBy(proof);

        readInCalls(body, handed);

        assertEquals("UNB+UNOC:3+A+B+261122:1412+R1'UNH+1+CUSCAR:D:95B:UN'BGM+85'UNT+1+X'UNH+2+CUSCAR:D:95B:UN'UNT+2+2'"
                + "UNZ+2+R1'", handed.toString());
        assertEquals(List.of(), proof.passed);
        assertTrue(body.isSupplied(4), "the UNT before the second UNH");
    }
}
