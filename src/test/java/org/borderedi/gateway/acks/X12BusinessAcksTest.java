package org.borderedi.gateway.acks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.partners.AckPreferences;
import org.junit.jupiter.api.Test;

/** X12 filings are answered with one interchange: a 355 per set (the default) or one 824, as the partner chose. */
class X12BusinessAcksTest {

    private final InMemoryControlNumbers numbers = new InMemoryControlNumbers();
    private final BusinessAcknowledgments acks =
            new BusinessAcknowledgments(ReceivedFiles.NO_IDENTITIES, numbers, ReceivedFiles.CLOCK);

    @Test
    void an_accepted_manifest_gets_a_355_accepting_the_set_and_its_bill() {
        List<BusinessAck> answer = acks.answer(ReceivedFiles.outcome("x12/309-ocean-demo.edi"), null);

        assertEquals(1, answer.size());
        BusinessAck ack = answer.get(0);
        assertEquals(BusinessAckKind.X12_355, ack.kind());
        assertEquals("000000001", ack.controlNumber());
        assertEquals("x12", ack.fileExtension());
        assertEquals(lines(
                "ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261122*1530*U*00401*000000001*0*P*>",
                "GS*SO*BORDERGW*DEMOFWD*20261122*1530*1*X*004010",
                "ST*355*0001",
                "M10*DMFW*O*PA*9321483*DEMO TRADER*047E***W*L",
                "K1*ACCEPTED*309 SET 0001",
                "P4*3001*20261201",
                "LX*1",
                "N9*BM*0000123456",
                "K1*ACCEPTED",
                "SE*8*0001",
                "GE*1*1",
                "IEA*1*000000001"), ack.text());
        assertEquals(12, EdiReadBack.segments(ack.text()).size());
    }

    @Test
    void one_rejected_set_of_three_gets_its_355_rejecting_the_bill_with_the_rule_code_position_and_bad_value() {
        BusinessAck ack = acks.answer(ReceivedFiles.outcome("acks/309-three-sets-one-rejected.edi"), null).get(0);

        String[] sets = ack.text().split("(?=ST\\*355)");
        assertEquals(4, sets.length, ack.text());
        assertTrue(sets[1].contains("K1*ACCEPTED*309 SET 0001~"), sets[1]);
        assertEquals(lines(
                "ST*355*0002",
                "M10*DMFW*O*PA*9321483*DEMO TRADER*047E***W*L",
                "K1*REJECTED*309 SET 0002",
                "P4*3001*20261201",
                "LX*1",
                "N9*BM*0000128001",
                "K1*REJECTED",
                "K1*INVALID_CONTAINER_NUMBER*VID@12/02 DMFU1234568",
                "K1*bill 1 (B/L 0000128001) has*container number",
                "SE*10*0002"), sets[2]);
        assertTrue(sets[3].startsWith("ST*355*0003~"), sets[3]);
        assertTrue(sets[3].contains("N9*BM*0000129001~K1*ACCEPTED~SE*8*0003~GE*3*1~IEA*1*000000001~"), sets[3]);
        assertEquals(30, EdiReadBack.segments(ack.text()).size());
    }

    @Test
    void a_partner_that_chose_the_824_gets_one_application_advice_with_an_oti_loop_per_set_and_a_ted_per_error() {
        BusinessAck ack = acks.answer(ReceivedFiles.outcome("acks/309-three-sets-one-rejected.edi"),
                TestPartner.wanting(AckPreferences.BusinessAck.X12_824)).get(0);

        assertEquals(BusinessAckKind.X12_824, ack.kind());
        assertEquals(lines(
                "ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261122*1530*U*00401*000000001*0*P*>",
                "GS*AG*BORDERGW*DEMOFWD*20261122*1530*1*X*004010",
                "ST*824*0001",
                "BGN*00*1*20261122*1530",
                "OTI*TA*TN*0001*****310*0001*309",
                "REF*BM*0000123456",
                "OTI*TR*TN*0002*****310*0002*309",
                "REF*BM*0000128001",
                "TED*848*INVALID_CONTAINER_NUMBER*VID*12*2**DMFU1234568",
                "NTE**bill 1 (B/L 0000128001) has container number 'DMFU1234568', which is not an ISO",
                "OTI*TA*TN*0003*****310*0003*309",
                "REF*BM*0000129001",
                "SE*11*0001",
                "GE*1*1",
                "IEA*1*000000001"), ack.text());
        List<String> segments = EdiReadBack.segments(ack.text());
        assertTrue(segments.contains("TED|848|INVALID_CONTAINER_NUMBER|VID|12|2||DMFU1234568"), segments.toString());
    }

    @Test
    void sets_the_syntax_layer_rejected_are_left_to_the_997() {
        assertEquals(List.of(), acks.answer(ReceivedFiles.outcome("x12/309-invalid-code.edi"), null));
    }

    @Test
    void business_and_syntax_acknowledgments_share_the_partners_interchange_and_group_series() {
        numbers.next("demo-forwarder", "x12-interchange");
        numbers.next("demo-forwarder", "x12-group");

        BusinessAck ack = acks.answer(ReceivedFiles.outcome("x12/309-ocean-demo.edi"),
                TestPartner.wanting(AckPreferences.BusinessAck.X12_355)).get(0);

        assertEquals("000000002", ack.controlNumber());
        assertTrue(ack.text().contains("GS*SO*BORDERGW*DEMOFWD*20261122*1530*2*X*004010~"), ack.text());
    }

    static String lines(String... segments) {
        return String.join("", Arrays.stream(segments).map(s -> s + "~").toList());
    }
}
