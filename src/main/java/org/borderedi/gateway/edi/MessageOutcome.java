package org.borderedi.gateway.edi;

import java.util.List;

/**
 * One transaction set or message, checked: its identity and every finding about it (its segments and elements
 * included).
 *
 * @param group                   the group control number, or null for an EDIFACT message outside any UNG group
 * @param type                    ST01 (309) or UNH S009 0065 (CUSCAR)
 * @param version                 ST03 / the group's version, or UNH S009 as written ("D:95B:UN")
 * @param implementationReference ST03 in 00501 and later, or null
 */
public record MessageOutcome(String interchange, String group, String type, String controlNumber, String version,
        String implementationReference, Verdict verdict, List<Finding> findings) {

    public MessageOutcome {
        findings = List.copyOf(findings);
    }
}
