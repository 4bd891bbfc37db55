package org.borderedi.gateway.filing;

import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.SyntaxEvents;

/** Listens to one syntax check and keeps what the filing flow needs afterwards: headers, verdicts, unreadable parts. */
final class SyntaxRecord implements SyntaxEvents {

    final List<InterchangeHeader> interchanges = new ArrayList<>();
    final List<InterchangeOutcome> outcomes = new ArrayList<>();
    final List<String> unreadable = new ArrayList<>();

    @Override
    public void interchangeStarted(InterchangeHeader header) {
        interchanges.add(header);
    }

    @Override
    public void interchangeEnded(InterchangeOutcome outcome) {
        outcomes.add(outcome);
    }

    @Override
    public void unreadable(long offset, String reason) {
        unreadable.add(offset == 0 ? reason : reason + " (at byte " + offset + ")");
    }
}
