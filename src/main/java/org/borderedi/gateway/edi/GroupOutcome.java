package org.borderedi.gateway.edi;

import java.util.List;

/**
 * A functional group, checked once its trailer (or the end of the interchange) is reached.
 *
 * @param declaredCount GE01 / UNE 0060, or -1 when there was no trailer
 * @param received      the messages actually received
 * @param accepted      the messages accepted, with or without errors
 */
public record GroupOutcome(GroupHeader header, int declaredCount, int received, int accepted, Verdict verdict,
        List<Finding> findings) {

    public GroupOutcome {
        findings = List.copyOf(findings);
    }
}
