package org.borderedi.gateway.acks;

import java.util.List;
import java.util.Objects;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.rules.BusinessFinding;

/**
 * One message's business verdict: the syntax outcome, the filing it translated to (null when it did not), why not,
 * and the business findings.
 *
 * @param problem why there is no filing, in a sentence; null when there is one
 */
public record MessageVerdict(MessageOutcome message, Filing filing, String problem, List<BusinessFinding> findings) {

    public MessageVerdict {
        Objects.requireNonNull(message, "message");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Accepted when translated and no ERROR finding, and the syntax verdict was not REJECTED. */
    public boolean accepted() {
        return filing != null && message.verdict() != Verdict.REJECTED
                && findings.stream().noneMatch(BusinessFinding::isError);
    }
}
