package org.borderedi.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command as a filer or an operator runs it on the project's samples. */
class ValidateCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream systemOut;

    @BeforeEach
    void captureOutput() {
        systemOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(systemOut);
    }

    @Test
    void a_clean_309_is_accepted_and_answered_with_a_997() {
        assertEquals(0, validate("edi-samples/x12/309-ocean-demo.edi"));
        String printed = printed();
        assertTrue(printed.contains("Message 0001 (309 004010): accepted"), printed);
        assertTrue(printed.contains("Acknowledgment X12_997 for interchange 000000101:"), printed);
        assertTrue(printed.contains("~AK1*SO*101~AK2*309*0001~AK5*A~AK9*A*1*1*1~"), printed);
    }

    @Test
    void a_wrong_segment_count_is_rejected_with_its_location_and_code() {
        assertEquals(1, validate("edi-samples/x12/309-se-count-wrong.edi"));
        String printed = printed();
        assertTrue(printed.contains("segment 14 (SE), element 1: SE01 says 13 segments, the set has 14"), printed);
        assertTrue(printed.contains("~AK5*R*4~AK9*R*1*1*0~"), printed);
    }

    @Test
    void with_a_partner_its_identities_are_checked() {
        assertEquals(0, validate("edi-samples/x12/309-ocean-demo.edi", "--partner", "demo-forwarder"));
        out.reset();
        assertEquals(1, validate("edi-samples/x12/309-spoofed-sender.edi", "--partner", "demo-forwarder"));
        String printed = printed();
        assertTrue(printed.contains("SENDER_NOT_AUTHORIZED"), printed);
        assertTrue(printed.contains("Acknowledgment TA1"), printed);
        assertTrue(printed.contains("*R*006~"), printed);
    }

    @Test
    void an_edifact_message_with_a_wrong_unt_count_gets_a_contrl_saying_so() {
        assertEquals(1, validate("edi-samples/edifact/cuscar-d95b-unt-count-wrong.edi"));
        String printed = printed();
        assertTrue(printed.contains("UNT says 11 segments, the message has 10"), printed);
        assertTrue(printed.contains("UCM+1+CUSCAR:D:95B:UN+4+29+UNT+2'"), printed);
    }

    @Test
    void a_file_that_is_not_edi_is_unreadable() throws Exception {
        Path junk = Files.write(tmp.resolve("photo.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertEquals(2, GatewayLauncher.run(List.of("validate", junk.toString())));
        assertTrue(printed().contains("Unreadable at byte 0: not a format the gateway reads"), printed());
    }

    private int validate(String file, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("validate", file));
        args.addAll(List.of(options));
        return GatewayLauncher.run(args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
