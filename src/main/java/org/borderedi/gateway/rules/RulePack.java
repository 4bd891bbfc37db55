package org.borderedi.gateway.rules;

import java.util.List;
import java.util.Set;
import org.borderedi.gateway.model.Programme;

/**
 * The rules of one customs programme at one version of its implementation guide, applied together.
 *
 * @param name       the pack's name ("PACT", "ACE_OCEAN", "COMMON")
 * @param version    the version of the rules ("PACT-2026.1"), for the acknowledgment and the logs
 * @param programmes the programmes a filing names to get this pack; empty for packs chosen otherwise
 */
public record RulePack(String name, String version, Set<Programme> programmes, List<Rule> rules) {

    public RulePack {
        programmes = Set.copyOf(programmes);
        rules = List.copyOf(rules);
    }

    /** The codes of its rules, in order. */
    public List<String> codes() {
        return rules.stream().map(Rule::code).toList();
    }
}
