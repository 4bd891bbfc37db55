package org.borderedi.gateway.acks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.junit.jupiter.api.Test;

/** Cargo-IMP messages are answered with a CAMIR-style PER text, one per message, that reads back line by line. */
class PerMessageTest {

    private final BusinessAcknowledgments acks =
            new BusinessAcknowledgments(ReceivedFiles.NO_IDENTITIES, new InMemoryControlNumbers(), ReceivedFiles.CLOCK);

    @Test
    void a_house_list_with_a_house_missing_its_consignee_address_names_MISSING_CNE_ADDR_for_that_house() {
        List<BusinessAck> answer = acks.answer(ReceivedFiles.outcome("cargo-imp/fhl5-missing-consignee-address.txt"), null);

        assertEquals(1, answer.size());
        BusinessAck per = answer.get(0);
        assertEquals(BusinessAckKind.CAMIR_PER, per.kind());
        assertEquals("txt", per.fileExtension());
        assertEquals(String.join("\r\n",
                "PER/1/1/FHL/5/014-33975281/22NOV1530/REJ",
                "014-33975281 ACC",
                "014-33975281-LON5520011 REJ",
                "/ERR/MISSING_CNE_ADDR/HOUSE 1.1 (HAWB LON5520011) HAS NO CONSIGNEE",
                "/ADDRESS",
                "/ERR/MISSING_CNE_CTRY/HOUSE 1.1 (HAWB LON5520011) HAS NO CONSIGNEE",
                "/COUNTRY",
                "014-33975281-LON5520012 ACC", ""), per.text());

        ParsedPer parsed = ParsedPer.parse(per.text());
        assertEquals("REJ", parsed.status());
        assertEquals(List.of(), parsed.bills().get("014-33975281"));
        assertEquals(List.of("MISSING_CNE_ADDR: HOUSE 1.1 (HAWB LON5520011) HAS NO CONSIGNEE ADDRESS",
                "MISSING_CNE_CTRY: HOUSE 1.1 (HAWB LON5520011) HAS NO CONSIGNEE COUNTRY"),
                parsed.bills().get("014-33975281-LON5520011"));
        assertEquals(List.of(), parsed.bills().get("014-33975281-LON5520012"));
    }

    @Test
    void an_accepted_house_list_accepts_every_house() {
        ParsedPer parsed = ParsedPer.parse(acks.answer(ReceivedFiles.outcome("cargo-imp/fhl4-two-houses.txt"), null).get(0).text());

        assertEquals("ACC", parsed.status());
        assertTrue(parsed.bills().values().stream().allMatch(List::isEmpty), parsed.bills().toString());
        assertEquals(3, parsed.bills().size());
    }

    @Test
    void a_message_the_syntax_layer_rejected_is_rejected_with_its_syntax_finding() {
        ParsedPer parsed = ParsedPer.parse(
                acks.answer(ReceivedFiles.outcome("cargo-imp/fwb17-malformed-awb-line.txt"), null).get(0).text());

        assertEquals("REJ", parsed.status());
        assertTrue(parsed.messageErrors().get(0).startsWith("CARGO_IMP_BAD_LINE_FORMAT: LINE 2 (AWB)"), parsed.toString());
    }

    @Test
    void two_messages_in_one_file_get_a_per_each() {
        assertEquals(2, acks.answer(ReceivedFiles.outcome("cargo-imp/fwb17-and-fhl5-together.txt"), null).size());
    }

    /** The PER read back: lines of at most 69 upper-case ASCII characters, continuations joined to their line. */
    record ParsedPer(String status, List<String> messageErrors, Map<String, List<String>> bills) {

        static ParsedPer parse(String text) {
            List<String> logical = new ArrayList<>();
            for (String line : text.split("\r\n")) {
                assertTrue(line.length() <= 69, "longer than 69: " + line);
                assertTrue(line.matches("[A-Z0-9 .,()/_-]+"), "not upper-case Cargo-IMP text: " + line);
                if (line.startsWith("/")) {
                    logical.set(logical.size() - 1, logical.get(logical.size() - 1) + "\n" + line);
                } else {
                    logical.add(line);
                }
            }
            String[] header = logical.get(0).split("\n")[0].split("/");
            assertEquals("PER", header[0]);
            assertEquals("1", header[1]);
            Map<String, List<String>> bills = new LinkedHashMap<>();
            for (String line : logical.subList(1, logical.size())) {
                String first = line.split("\n")[0];
                bills.put(first.substring(0, first.indexOf(' ')), errors(line));
            }
            return new ParsedPer(header[7], errors(logical.get(0)), bills);
        }

        /** "/ERR/CODE/TEXT" lines and the "/MORE TEXT" lines after them, as "CODE: TEXT MORE TEXT". */
        private static List<String> errors(String logicalLine) {
            List<String> errors = new ArrayList<>();
            for (String part : logicalLine.split("\n")) {
                if (part.startsWith("/ERR/")) {
                    String[] fields = part.split("/", 4);
                    errors.add(fields[2] + ": " + fields[3]);
                } else if (part.startsWith("/")) {
                    errors.set(errors.size() - 1, errors.get(errors.size() - 1) + " " + part.substring(1));
                }
            }
            return errors;
        }
    }
}
