package org.borderedi.gateway.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderedi.gateway.acks.EdiReadBack;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.junit.jupiter.api.Test;

/** An EDIFACT filer hears a decision in a CUSRES whose processing indicator (GIS 7365) carries it. */
class CustomsStatusResponseTest {

    private final StatusNotices notices =
            new StatusNotices(FiledSamples.NO_IDENTITIES, new InMemoryControlNumbers(), FiledSamples.CLOCK);

    @Test
    void an_examination_of_a_cuscar_bill_is_a_cusres_with_indicator_5_its_date_text_and_references() {
        NoticeDocument notice = notices.write(FiledSamples.notice("edifact/cuscar-d95b-ocean.edi", "1",
                DecisionKind.EXAMINATION_REQUIRED, HoldState.PLACED, "Container selected for VACIS exam"), null).orElseThrow();

        assertEquals(NoticeKind.CUSRES, notice.kind());
        assertEquals("1", notice.controlNumber());
        assertEquals("edi", notice.fileExtension());
        assertEquals("UNB+UNOC:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1530+1'UNH+1+CUSRES:D:95B:UN'BGM+962+1-1+9'"
                + "DTM+137:202611221530:203'DTM+9:202611221505:203'FTX+AAI++NC7+CBSA:Container selected for VACIS exam'"
                + "GIS+5'RFF+ACW:DF0001'RFF+BM:DMFW0000123456'UNT+9+1'UNZ+1+1'", notice.text());
        assertEquals(List.of("UNB|UNOC:3|BORDERGW:ZZ|DEMOFWD:ZZ|261122:1530|1", "UNH|1|CUSRES:D:95B:UN", "BGM|962|1-1|9",
                "DTM|137:202611221530:203", "DTM|9:202611221505:203", "FTX|AAI||NC7|CBSA:Container selected for VACIS exam",
                "GIS|5", "RFF|ACW:DF0001", "RFF|BM:DMFW0000123456", "UNT|9|1", "UNZ|1|1"),
                EdiReadBack.segments(notice.text()));
    }

    @Test
    void a_release_is_indicator_4_and_a_hold_is_7() {
        String release = notices.write(FiledSamples.notice("edifact/cuscar-d95b-ocean.edi", "1", DecisionKind.RELEASE,
                HoldState.PLACED, null), null).orElseThrow().text();
        String hold = notices.write(FiledSamples.notice("edifact/cuscar-d95b-ocean.edi", "1", DecisionKind.HOLD_PLACED,
                HoldState.IN_PLACE, null), null).orElseThrow().text();

        assertTrue(release.contains("'FTX+AAI++NC7+CBSA:RELEASE'GIS+4'"), release);
        assertTrue(hold.contains("'FTX+AAI++NC7+CBSA:HOLD PLACED STILL IN PLACE'GIS+7'"), hold);
        assertTrue(hold.contains("UNB+UNOC:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1530+2'"), hold);
    }

    @Test
    void separators_in_the_agency_text_are_released() {
        String text = notices.write(FiledSamples.notice("edifact/cuscar-d95b-ocean.edi", "1", DecisionKind.HOLD_PLACED,
                HoldState.PLACED, "it's 'held'+see: ?notes"), null).orElseThrow().text();

        assertTrue(text.contains("FTX+AAI++NC7+CBSA:it?'s ?'held?'?+see?: ??notes'"), text);
        assertTrue(EdiReadBack.segments(text).contains("FTX|AAI||NC7|CBSA:it's 'held'+see: ?notes"));
    }

    @Test
    void the_cusres_is_in_the_directory_of_the_cuscar_filed() {
        String text = notices.write(FiledSamples.notice("edifact/cuscar-d03b-ocean.edi", "1", DecisionKind.RELEASE,
                HoldState.PLACED, null), null).orElseThrow().text();

        assertTrue(text.contains("UNH+1+CUSRES:D:03B:UN'"), text);
        EdiReadBack.segments(text);
    }

    @Test
    void an_arrival_has_no_cusres() {
        assertTrue(notices.write(FiledSamples.notice("edifact/cuscar-d95b-ocean.edi", "1", DecisionKind.ARRIVED,
                HoldState.PLACED, null), null).isEmpty());
    }
}
