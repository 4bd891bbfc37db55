package org.borderedi.gateway.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntaxCheckTest {

    private static final GatewayIdentity US = new GatewayIdentity(List.of(), List.of());

    private final List<String> validated = new ArrayList<>();
    private final SyntaxCheck check = new SyntaxCheck(Map.of(Syntax.X12,
            (in, profile, events) -> validated.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))));

    @Test
    void hands_a_file_to_the_validator_of_its_syntax_from_its_first_byte() throws Exception {
        String interchange = "ISA*00*          *00*          *ZZ*A              *ZZ*B              *261122*1412*U*00401*000000101*0*P*>~";

        Detection detection = check.check(stream(interchange), ValidationProfile.standardOnly(US), new SyntaxEvents() { });

        assertEquals(Syntax.X12, detection.syntax());
        assertEquals(List.of(interchange), validated);
    }

    @Test
    void reports_an_unrecognised_format_as_unreadable_with_what_it_looks_like() throws Exception {
        List<String> unreadable = new ArrayList<>();
        check.check(stream("%PDF-1.7"), ValidationProfile.standardOnly(US), new SyntaxEvents() {
            @Override
            public void unreadable(long offset, String reason) {
                unreadable.add(offset + ": " + reason);
            }
        });
        assertEquals(1, unreadable.size());
        assertTrue(unreadable.get(0).startsWith("0: not a format the gateway reads") && unreadable.get(0).endsWith("a PDF document"));
        assertTrue(validated.isEmpty());
    }

    @Test
    void only_detects_a_syntax_it_has_no_validator_for() throws Exception {
        assertEquals(Syntax.CARGO_IMP, check.check(stream("FWB/17\n"), ValidationProfile.standardOnly(US), new SyntaxEvents() { }).syntax());
        assertFalse(check.checks(Syntax.CARGO_IMP));
        assertTrue(validated.isEmpty());
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
