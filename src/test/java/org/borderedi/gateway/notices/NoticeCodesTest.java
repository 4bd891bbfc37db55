package org.borderedi.gateway.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every decision kind in every hold state gets the documented code in each notice format, or none. */
class NoticeCodesTest {

    @ParameterizedTest(name = "{0} {1}: 350 {2}, CUSRES {3}, PSN {4}, XCSN {5}")
    @CsvSource(nullValues = "-", textBlock = """
            ASSESSMENT_COMPLETE,             PLACED,   -,  1, SF, CO
            ASSESSMENT_COMPLETE,             IN_PLACE, -,  1, SF, CO
            ASSESSMENT_COMPLETE,             RESOLVED, -,  1, SF, CO
            RELEASE,                         PLACED,   1C, 4, -,  -
            RELEASE,                         IN_PLACE, 1C, 4, -,  -
            RELEASE,                         RESOLVED, 1C, 4, -,  -
            HOLD_PLACED,                     PLACED,   1H, 7, -,  -
            HOLD_PLACED,                     IN_PLACE, 1H, 7, -,  -
            HOLD_PLACED,                     RESOLVED, 1I, 1, -,  -
            HOLD_REMOVED,                    PLACED,   1I, 1, -,  -
            HOLD_REMOVED,                    IN_PLACE, 1I, 1, -,  -
            HOLD_REMOVED,                    RESOLVED, 1I, 1, -,  -
            DO_NOT_LOAD,                     PLACED,   6H, 7, 6H, CD
            DO_NOT_LOAD,                     IN_PLACE, 6H, 7, 6J, CD
            DO_NOT_LOAD,                     RESOLVED, 6I, 1, 6I, CO
            DO_NOT_LOAD_REMOVED,             PLACED,   6I, 1, 6I, CO
            DO_NOT_LOAD_REMOVED,             IN_PLACE, 6I, 1, 6I, CO
            DO_NOT_LOAD_REMOVED,             RESOLVED, 6I, 1, 6I, CO
            REQUEST_FOR_INFORMATION,         PLACED,   -,  7, 7H, RI
            REQUEST_FOR_INFORMATION,         IN_PLACE, -,  7, 7J, RI
            REQUEST_FOR_INFORMATION,         RESOLVED, -,  1, 7I, CO
            REQUEST_FOR_INFORMATION_REMOVED, PLACED,   -,  1, 7I, CO
            REQUEST_FOR_INFORMATION_REMOVED, IN_PLACE, -,  1, 7I, CO
            REQUEST_FOR_INFORMATION_REMOVED, RESOLVED, -,  1, 7I, CO
            REQUEST_FOR_SCREENING,           PLACED,   -,  5, 8H, RS
            REQUEST_FOR_SCREENING,           IN_PLACE, -,  5, 8J, RS
            REQUEST_FOR_SCREENING,           RESOLVED, -,  1, 8I, CO
            REQUEST_FOR_SCREENING_REMOVED,   PLACED,   -,  1, 8I, CO
            REQUEST_FOR_SCREENING_REMOVED,   IN_PLACE, -,  1, 8I, CO
            REQUEST_FOR_SCREENING_REMOVED,   RESOLVED, -,  1, 8I, CO
            EXAMINATION_REQUIRED,            PLACED,   1A, 5, -,  -
            EXAMINATION_REQUIRED,            IN_PLACE, 1A, 5, -,  -
            EXAMINATION_REQUIRED,            RESOLVED, 1B, 4, -,  -
            EXAMINATION_RESULT,              PLACED,   1B, 4, -,  -
            EXAMINATION_RESULT,              IN_PLACE, 1B, 4, -,  -
            EXAMINATION_RESULT,              RESOLVED, 1B, 4, -,  -
            ARRIVED,                         PLACED,   19, -, -,  -
            ARRIVED,                         IN_PLACE, 19, -, -,  -
            ARRIVED,                         RESOLVED, 19, -, -,  -
            """)
    void each_decision_in_each_state_gets_its_code_in_each_format(DecisionKind decision, HoldState state, String x12,
            String cusres, String psn, String xcsn) {
        assertEquals(Optional.ofNullable(x12), StatusNotices.code(NoticeKind.X12_350, decision, state));
        assertEquals(Optional.ofNullable(cusres), StatusNotices.code(NoticeKind.CUSRES, decision, state));
        assertEquals(Optional.ofNullable(psn), StatusNotices.code(NoticeKind.CAMIR_PSN, decision, state));
        assertEquals(Optional.ofNullable(xcsn), StatusNotices.code(NoticeKind.XCSN, decision, state));
        assertEquals(Optional.of(decision.name()), StatusNotices.code(NoticeKind.CANONICAL_DECISION, decision, state));
    }

    @Test
    void the_table_has_a_row_for_every_decision_kind() {
        assertEquals(Arrays.stream(DecisionKind.values()).map(Enum::name).toList(),
                Arrays.stream(NoticeCodes.values()).map(Enum::name).toList());
    }

    @Test
    void a_do_not_load_still_in_place_is_6J_in_a_PSN_and_still_CD_in_an_XCSN() {
        assertEquals(Optional.of("6J"), StatusNotices.code(NoticeKind.CAMIR_PSN, DecisionKind.DO_NOT_LOAD, HoldState.IN_PLACE));
        assertEquals(Optional.of("CD"), StatusNotices.code(NoticeKind.XCSN, DecisionKind.DO_NOT_LOAD, HoldState.IN_PLACE));
    }
}
