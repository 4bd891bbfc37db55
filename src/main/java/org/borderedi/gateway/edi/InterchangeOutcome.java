package org.borderedi.gateway.edi;

import java.util.List;

/**
 * An interchange, checked to its end: the interchange-level findings (its own envelope, duplicates, counts) and
 * totals; groups and messages were reported as they were checked.
 *
 * @param messages         messages received, in all groups
 * @param acceptedMessages messages accepted, with or without errors
 */
public record InterchangeOutcome(InterchangeHeader header, Verdict verdict, int groups, int messages,
        int acceptedMessages, List<Finding> findings) {

    public InterchangeOutcome {
        findings = List.copyOf(findings);
    }
}
