package org.borderedi.gateway.decisions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a consignment stands, replayed from its status log: which holds are open and whether a release waits for them.
 * Holds and releases are independent: a release decided while a hold is open is recorded and told only when the last
 * hold is removed; a hold placed again, or a consignment filed again under an open hold, is told "still in place".
 */
public final class ConsignmentStatus {

    private final Set<HoldKind> open;
    private final boolean releaseWaiting;

    private ConsignmentStatus(Set<HoldKind> open, boolean releaseWaiting) {
        this.open = open;
        this.releaseWaiting = releaseWaiting;
    }

    /** The status after these entries, oldest first. */
    public static ConsignmentStatus replay(List<StatusEntry> log) {
        ConsignmentStatus status = new ConsignmentStatus(EnumSet.noneOf(HoldKind.class), false);
        for (StatusEntry entry : log) {
            status = status.after(entry);
        }
        return status;
    }

    /** The entries a decision adds to the log, in order (each one the filer is told about, unless withheld). */
    public List<StatusEntry> decide(DecisionKind decision) {
        List<StatusEntry> steps = new ArrayList<>();
        Optional<HoldKind> placed = HoldKind.placedBy(decision);
        Optional<HoldKind> removed = HoldKind.removedBy(decision);
        if (placed.isPresent()) {
            steps.add(StatusEntry.told(decision, open.contains(placed.get()) ? HoldState.IN_PLACE : HoldState.PLACED));
        } else if (removed.isPresent()) {
            if (!open.contains(removed.get())) {
                return steps;           // nothing open to remove: nothing to tell
            }
            steps.add(StatusEntry.told(decision, HoldState.RESOLVED));
            Set<HoldKind> left = EnumSet.copyOf(open);
            left.remove(removed.get());
            if (left.isEmpty() && releaseWaiting) {
                steps.add(StatusEntry.told(DecisionKind.RELEASE, HoldState.PLACED));
            }
        } else if (decision == DecisionKind.RELEASE && !open.isEmpty()) {
            steps.add(StatusEntry.withheld(DecisionKind.RELEASE));
        } else {
            steps.add(StatusEntry.told(decision, HoldState.PLACED));
        }
        return steps;
    }

    /** What a consignment filed again is told: each hold still open, "in place". */
    public List<StatusEntry> refiled() {
        return open.stream().map(hold -> StatusEntry.told(hold.placedBy(), HoldState.IN_PLACE)).toList();
    }

    public Set<HoldKind> openHolds() {
        return Set.copyOf(open);
    }

    public boolean releaseWaiting() {
        return releaseWaiting;
    }

    private ConsignmentStatus after(StatusEntry entry) {
        Set<HoldKind> next = open.isEmpty() ? EnumSet.noneOf(HoldKind.class) : EnumSet.copyOf(open);
        boolean waiting = releaseWaiting;
        HoldKind.placedBy(entry.kind()).ifPresent(next::add);
        if (entry.state() == HoldState.RESOLVED) {
            HoldKind.removedBy(entry.kind()).ifPresent(next::remove);
        }
        if (entry.kind() == DecisionKind.RELEASE) {
            waiting = !entry.told();
        }
        return new ConsignmentStatus(next, waiting);
    }
}
