package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GroupOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Verdict;

/**
 * Reads one functional group: its header, its sets as they come, and its trailer, then gives the group's verdict as
 * the 997's AK9 defines it.
 */
final class GroupReading {

    private final ReadingContext context;
    private final SegmentSupply supply;
    private final GroupHeader header;
    private final boolean supported;
    private final List<Finding> findings;
    /** ST02 values of this group, for uniqueness: the only thing kept per set. */
    private final Set<String> setNumbers = new HashSet<>();
    private int received;
    private int accepted;
    private boolean withErrors;

    /** Checks the GS and reports the group started; faults of the GS that only a TA1 can report go to the interchange. */
    GroupReading(ReadingContext context, SegmentSupply supply, X12Segment gs, Set<String> groupNumbersSeen,
            Consumer<Finding> interchangeFindings) {
        this.context = context;
        this.supply = supply;
        GroupRules.Checked checked = GroupRules.header(gs, context.interchange(), supply.segmentIndex(), groupNumbersSeen);
        this.header = checked.header();
        this.supported = checked.supported();
        this.findings = new ArrayList<>(checked.groupFindings());
        checked.interchangeFindings().forEach(interchangeFindings);
        context.events().groupStarted(header);
    }

    void readSet(X12Segment st) throws IOException {
        MessageOutcome outcome = new SetReading(context, supply, header, supported, setNumbers).read(st);
        received++;
        if (outcome.verdict().accepted()) {
            accepted++;
            withErrors |= outcome.verdict() == Verdict.ACCEPTED_WITH_ERRORS;
        }
        context.events().messageChecked(outcome);
    }

    /**
     * Ends the group at its GE, or without one.
     *
     * @param ge      the trailer, or null when the group has none
     * @param endedBy what came instead of the GE: a segment tag or "end of data"
     * @return the number of sets accepted
     */
    int end(X12Segment ge, String endedBy) {
        findings.addAll(GroupRules.trailer(ge, header, received, supply.segmentIndex(), endedBy));
        Verdict verdict = verdict();
        int declared = ge != null && X12Text.isDigits(ge.element(1)) && ge.element(1).length() <= 9
                ? Integer.parseInt(ge.element(1)) : -1;
        int acceptedSets = verdict.accepted() ? accepted : 0;
        context.events().groupEnded(new GroupOutcome(header, declared, received, acceptedSets, verdict, findings));
        return acceptedSets;
    }

    int received() {
        return received;
    }

    /**
     * AK9-01 as X12 defines it: R when the group itself is in error (its envelope cannot be trusted, so none of its
     * sets is taken) or when every set was rejected; P when some sets were accepted and at least one rejected; E when
     * all were accepted and at least one with errors noted; A otherwise (an empty group included).
     */
    private Verdict verdict() {
        if (findings.stream().anyMatch(Finding::isError)) {
            return Verdict.REJECTED;
        }
        if (received == 0) {
            return Verdict.ACCEPTED;
        }
        if (accepted == 0) {
            return Verdict.REJECTED;
        }
        if (accepted < received) {
            return Verdict.PARTIALLY_ACCEPTED;
        }
        return withErrors ? Verdict.ACCEPTED_WITH_ERRORS : Verdict.ACCEPTED;
    }
}
