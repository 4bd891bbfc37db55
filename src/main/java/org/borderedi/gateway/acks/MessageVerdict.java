package org.borderedi.gateway.acks;
import java.util.List;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.rules.BusinessFinding;
public record MessageVerdict(MessageOutcome message, Filing filing, String problem, List<BusinessFinding> findings) {
    public MessageVerdict { findings = List.copyOf(findings); }
    public boolean accepted() { return filing != null && message.verdict() != Verdict.REJECTED && findings.stream().noneMatch(BusinessFinding::isError); }
}
