package org.borderedi.gateway.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderedi.gateway.edi.Severity;
import org.borderedi.gateway.model.Filing;

/**
 * Business validation of a translated filing, the step between mapping and the business acknowledgment: runs every
 * rule of the packs the filing is held to and returns all findings, never stopping at the first.
 */
public final class BusinessValidation {

    private final RulePacks packs;

    public BusinessValidation(RulePacks packs) {
        this.packs = packs;
    }

    /** Validation with the gateway's standard packs, dates judged against the clock. */
    public static BusinessValidation standard(Clock clock) {
        return new BusinessValidation(RulePacks.standard(clock));
    }

    /**
     * The findings, in pack, rule and bill order. A finding that two packs both make (a filing for PACT and ACAS) is
     * reported once, as an error if any of them makes it one.
     */
    public List<BusinessFinding> validate(Filing filing) {
        Map<BusinessFinding, BusinessFinding> findings = new LinkedHashMap<>();
        for (RulePack pack : packs.select(filing)) {
            for (Rule rule : pack.rules()) {
                rule.check(filing, finding -> findings.merge(finding.withSeverity(Severity.ERROR), finding,
                        (earlier, later) -> earlier.isError() ? earlier : later));
            }
        }
        return new ArrayList<>(findings.values());
    }

    public RulePacks packs() {
        return packs;
    }
}
