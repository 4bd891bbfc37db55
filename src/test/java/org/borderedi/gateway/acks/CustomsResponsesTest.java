package org.borderedi.gateway.acks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.junit.jupiter.api.Test;

/** A CUSCAR is answered with a CUSRES in its own directory, inside the UNB turned around like the CONTRL's. */
class CustomsResponsesTest {

    private final BusinessAcknowledgments acks =
            new BusinessAcknowledgments(ReceivedFiles.NO_IDENTITIES, new InMemoryControlNumbers(), ReceivedFiles.CLOCK);

    @Test
    void an_accepted_cuscar_gets_processing_indicator_1_and_its_references() {
        BusinessAck ack = acks.answer(ReceivedFiles.outcome("edifact/cuscar-d95b-ocean.edi"), null).get(0);

        assertEquals(BusinessAckKind.CUSRES, ack.kind());
        assertEquals("1", ack.controlNumber());
        assertEquals("UNA:+.? 'UNB+UNOC:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1530+1'UNH+1+CUSRES:D:95B:UN'BGM+962+1-1+29'"
                + "DTM+137:202611221530:203'GIS+1'RFF+ACW:DF0001'RFF+BM:DMFW0000123456'UNT+7+1'UNZ+1+1'", ack.text());
        assertEquals(List.of("UNB|UNOC:3|BORDERGW:ZZ|DEMOFWD:ZZ|261122:1530|1", "UNH|1|CUSRES:D:95B:UN", "BGM|962|1-1|29",
                "DTM|137:202611221530:203", "GIS|1", "RFF|ACW:DF0001", "RFF|BM:DMFW0000123456", "UNT|7|1", "UNZ|1|1"),
                EdiReadBack.segments(ack.text()));
    }

    @Test
    void a_cuscar_without_consignee_gets_processing_indicator_3_and_an_error_group_pointing_at_the_segment() {
        BusinessAck ack = acks.answer(ReceivedFiles.outcome("edifact/cuscar-d95b-missing-consignee.edi"), null).get(0);

        assertEquals("UNA:+.? 'UNB+UNOC:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1530+1'UNH+1+CUSRES:D:95B:UN'BGM+962+1-1+27'"
                + "DTM+137:202611221530:203'GIS+3'ERP++RFF:11'ERC+MIS::ZZZ'"
                + "FTX+AAO+++MISSING_CONSIGNEE:bill 1 (B/L DMFW0000124003) has no consignee (RFF 11 ELEMENT 01.2)'"
                + "RFF+ACW:DF0013'RFF+BM:DMFW0000124003'UNT+10+1'UNZ+1+1'", ack.text());
        assertTrue(EdiReadBack.segments(ack.text()).contains("ERP||RFF:11"));
    }

    @Test
    void the_cusres_is_in_the_directory_of_the_cuscar_it_answers() {
        BusinessAck ack = acks.answer(ReceivedFiles.outcome("edifact/cuscar-d03b-ocean.edi"), null).get(0);

        assertTrue(ack.text().contains("UNH+1+CUSRES:D:03B:UN'"), ack.text());
        EdiReadBack.segments(ack.text());
    }
}
