package org.borderedi.gateway.decisions;

import static org.borderedi.gateway.decisions.DecisionKind.ASSESSMENT_COMPLETE;
import static org.borderedi.gateway.decisions.DecisionKind.DO_NOT_LOAD;
import static org.borderedi.gateway.decisions.DecisionKind.EXAMINATION_REQUIRED;
import static org.borderedi.gateway.decisions.DecisionKind.EXAMINATION_RESULT;
import static org.borderedi.gateway.decisions.DecisionKind.HOLD_PLACED;
import static org.borderedi.gateway.decisions.DecisionKind.HOLD_REMOVED;
import static org.borderedi.gateway.decisions.DecisionKind.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsignmentStatusTest {

    private final List<StatusEntry> log = new ArrayList<>();

    private List<StatusEntry> decide(DecisionKind decision) {
        List<StatusEntry> steps = ConsignmentStatus.replay(log).decide(decision);
        log.addAll(steps);
        return steps;
    }

    @Test
    void a_release_with_no_hold_open_is_told_at_once() {
        assertEquals(List.of(StatusEntry.told(RELEASE, HoldState.PLACED)), decide(RELEASE));
    }

    @Test
    void a_release_while_a_hold_is_open_waits_until_the_hold_is_removed() {
        assertEquals(List.of(StatusEntry.told(HOLD_PLACED, HoldState.PLACED)), decide(HOLD_PLACED));
        assertEquals(List.of(StatusEntry.withheld(RELEASE)), decide(RELEASE));
        assertTrue(ConsignmentStatus.replay(log).releaseWaiting());

        assertEquals(List.of(StatusEntry.told(HOLD_REMOVED, HoldState.RESOLVED), StatusEntry.told(RELEASE, HoldState.PLACED)),
                decide(HOLD_REMOVED));
        assertEquals(Set.of(), ConsignmentStatus.replay(log).openHolds());
    }

    @Test
    void with_two_holds_open_the_release_waits_for_the_last_one() {
        decide(HOLD_PLACED);
        decide(EXAMINATION_REQUIRED);
        decide(RELEASE);
        assertEquals(List.of(StatusEntry.told(HOLD_REMOVED, HoldState.RESOLVED)), decide(HOLD_REMOVED));
        assertEquals(List.of(StatusEntry.told(EXAMINATION_RESULT, HoldState.RESOLVED), StatusEntry.told(RELEASE, HoldState.PLACED)),
                decide(EXAMINATION_RESULT));
    }

    @Test
    void a_hold_placed_again_is_still_in_place_and_a_refiling_hears_every_open_hold() {
        decide(DO_NOT_LOAD);
        assertEquals(List.of(StatusEntry.told(DO_NOT_LOAD, HoldState.IN_PLACE)), decide(DO_NOT_LOAD));
        assertEquals(List.of(StatusEntry.told(DO_NOT_LOAD, HoldState.IN_PLACE)), ConsignmentStatus.replay(log).refiled());
    }

    @Test
    void removing_a_hold_that_is_not_open_tells_nothing() {
        assertEquals(List.of(), decide(HOLD_REMOVED));
        assertEquals(List.of(StatusEntry.told(ASSESSMENT_COMPLETE, HoldState.PLACED)), decide(ASSESSMENT_COMPLETE));
    }
}
