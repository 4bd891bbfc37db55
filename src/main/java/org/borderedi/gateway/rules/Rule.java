package org.borderedi.gateway.rules;

import java.util.function.Consumer;
import org.borderedi.gateway.edi.Severity;
import org.borderedi.gateway.model.Filing;

/** One business rule with its code: it reads a translated filing and reports every case it finds, never throwing. */
public interface Rule {

    /** The code its findings carry ("MISSING_SHP_NAME"). */
    String code();

    /** What the rule requires, in one sentence, for the documentation and the rule-pack listings. */
    String description();

    /** Reports each violation in the filing to {@code findings}; reports nothing when the filing complies. */
    void check(Filing filing, Consumer<BusinessFinding> findings);

    /** How the rule's findings are reported; an error unless a pack made it a warning. */
    default Severity severity() {
        return Severity.ERROR;
    }

    /** This rule reporting warnings instead of errors, for a pack that lets such filings through. */
    default Rule asWarning() {
        return new WarningRule(this);
    }
}
