package org.borderedi.gateway.edi;

import java.io.PrintStream;

/**
 * Writes what the syntax layer found for people, as it is found: one line per interchange, group and message with
 * its verdict, and one indented line per finding. It also keeps the worst outcome, which decides an exit code.
 */
public final class FindingsReport implements SyntaxEvents {

    /** The worst that happened in a file, in rising order. */
    public enum Worst {
        ACCEPTED,
        ACCEPTED_WITH_ERRORS,
        REJECTED,
        UNREADABLE
    }

    private final PrintStream out;
    private Worst worst = Worst.ACCEPTED;

    public FindingsReport(PrintStream out) {
        this.out = out;
    }

    public Worst worst() {
        return worst;
    }

    @Override
    public void interchangeStarted(InterchangeHeader header) {
        out.printf("Interchange %s from %s to %s%s%n", header.controlNumber(), header.sender(), header.receiver(),
                header.test() ? " (test)" : "");
    }

    @Override
    public void groupStarted(GroupHeader header) {
        out.printf("  Group %s (%s, version %s)%n", header.controlNumber(), header.functionalId(), header.version());
    }

    @Override
    public void messageChecked(MessageOutcome outcome) {
        out.printf("    Message %s (%s %s): %s%n", outcome.controlNumber(), outcome.type(),
                outcome.version() == null ? "" : outcome.version(), describe(outcome.verdict()));
        outcome.findings().forEach(finding -> out.println("      " + finding));
        note(outcome.verdict());
    }

    @Override
    public void groupEnded(GroupOutcome outcome) {
        out.printf("  Group %s: %s (%d of %d messages accepted)%n", outcome.header().controlNumber(),
                describe(outcome.verdict()), outcome.accepted(), outcome.received());
        outcome.findings().forEach(finding -> out.println("    " + finding));
        note(outcome.verdict());
    }

    @Override
    public void interchangeEnded(InterchangeOutcome outcome) {
        out.printf("Interchange %s: %s (%d of %d messages accepted)%n", outcome.header().controlNumber(),
                describe(outcome.verdict()), outcome.acceptedMessages(), outcome.messages());
        outcome.findings().forEach(finding -> out.println("  " + finding));
        note(outcome.verdict());
    }

    @Override
    public void unreadable(long offset, String reason) {
        out.printf("Unreadable at byte %d: %s%n", offset, reason);
        worst = Worst.UNREADABLE;
    }

    private void note(Verdict verdict) {
        Worst now = switch (verdict) {
            case ACCEPTED -> Worst.ACCEPTED;
            case ACCEPTED_WITH_ERRORS, PARTIALLY_ACCEPTED -> Worst.ACCEPTED_WITH_ERRORS;
            case REJECTED -> Worst.REJECTED;
        };
        if (now.compareTo(worst) > 0) {
            worst = now;
        }
    }

    private static String describe(Verdict verdict) {
        return switch (verdict) {
            case ACCEPTED -> "accepted";
            case ACCEPTED_WITH_ERRORS -> "accepted with errors";
            case PARTIALLY_ACCEPTED -> "partially accepted";
            case REJECTED -> "REJECTED";
        };
    }
}
