package org.borderedi.gateway.rules;

import java.util.function.Consumer;
import org.borderedi.gateway.edi.Severity;
import org.borderedi.gateway.model.Filing;

/** A rule a pack reports as a warning: the same checks, the findings let through. */
record WarningRule(Rule rule) implements Rule {

    @Override
    public String code() {
        return rule.code();
    }

    @Override
    public String description() {
        return rule.description();
    }

    @Override
    public void check(Filing filing, Consumer<BusinessFinding> findings) {
        rule.check(filing, finding -> findings.accept(finding.withSeverity(Severity.WARNING)));
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Rule asWarning() {
        return this;
    }
}
