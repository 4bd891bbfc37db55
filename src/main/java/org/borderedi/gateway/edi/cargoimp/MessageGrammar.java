package org.borderedi.gateway.edi.cargoimp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.borderedi.gateway.edi.Segment;

/**
 * What one Cargo-IMP message type looks like: which versions the gateway reads, how lines without an identifier are
 * named, which lines a party takes in, the table of line identifiers with their layouts per version, and where the
 * message's reference (the master waybill, the flight) stands.
 */
final class MessageGrammar {

    /** The synthetic tag of a line that has no line identifier and is not one of the message's unlabelled lines. */
    static final String UNKNOWN = "UNKNOWN";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z]{3}(/.*)?");

    /**
     * One row of a grammar table: a line identifier, the versions it has this layout in (empty: every version), and
     * the layout.
     */
    record LineRule(String tag, Set<String> versions, LineLayout layout) {

        static LineRule line(String tag, LineLayout layout) {
            return new LineRule(tag, Set.of(), layout);
        }

        static LineRule line(String tag, Set<String> versions, LineLayout layout) {
            return new LineRule(tag, versions, layout);
        }
    }

    /** Names a line that does not start with '/', given the tag of the line before it ("MSG" for the first). */
    @FunctionalInterface
    interface Naming {
        String tagOf(String text, String previousTag, MessageGrammar grammar);
    }

    private final String type;
    private final Set<String> versions;
    private final Naming naming;
    private final Map<String, List<String>> subLines;
    private final List<LineRule> rules;
    private final Function<List<Segment>, String> reference;

    MessageGrammar(String type, Set<String> versions, Naming naming, Map<String, List<String>> subLines,
            List<LineRule> rules, Function<List<Segment>, String> reference) {
        this.type = type;
        this.versions = Set.copyOf(versions);
        this.naming = naming;
        this.subLines = Map.copyOf(subLines);
        this.rules = List.copyOf(rules);
        this.reference = reference;
    }

    /** A grammar for a message type the gateway does not read: every line generic. */
    static MessageGrammar unknown(String type) {
        return new MessageGrammar(type, Set.of(), (text, previous, grammar) -> identifier(text), Map.of(), List.of(), segments -> null);
    }

    String type() {
        return type;
    }

    boolean known() {
        return !versions.isEmpty();
    }

    boolean reads(String version) {
        return versions.contains(version);
    }

    Set<String> versions() {
        return versions;
    }

    /** Whether the identifier is in the table for any version (used to tell FFM's airport lines from identifiers). */
    boolean defines(String tag) {
        return rules.stream().anyMatch(rule -> rule.tag().equals(tag));
    }

    /** The layout of the line identifier in this version, or null when the table has none. */
    LineLayout layout(String tag, String version) {
        return rules.stream()
                .filter(rule -> rule.tag().equals(tag) && (rule.versions().isEmpty() || rule.versions().contains(version)))
                .map(LineRule::layout)
                .findFirst()
                .orElse(null);
    }

    /** The message's reference for its outcome: the master waybill as written, or the flight. */
    String reference(List<Segment> segments) {
        return reference.apply(segments);
    }

    /**
     * Groups the physical lines after the message identifier into logical lines: a continuation joins the line before
     * it, and a party's NAM, ADR and LOC lines join the party.
     */
    List<LogicalLine> assemble(List<PhysicalLine> body) {
        List<LogicalLine> logical = new ArrayList<>();
        LogicalLine current = null;
        String previous = "MSG";
        for (PhysicalLine line : body) {
            if (line.continuation()) {
                current = current == null ? new LogicalLine(UNKNOWN, List.of(line)) : current.with(line);
                continue;
            }
            String tag = naming.tagOf(line.text(), previous, this);
            if (current != null && subLines.getOrDefault(current.tag(), List.of()).contains(tag)) {
                current = current.with(line);
                continue;
            }
            if (current != null) {
                logical.add(current);
            }
            current = new LogicalLine(tag, List.of(line));
            previous = tag;
        }
        if (current != null) {
            logical.add(current);
        }
        return logical;
    }

    /** The line identifier a line starts with ("SHP" of "SHP/1234"), or {@link #UNKNOWN}. */
    static String identifier(String text) {
        return IDENTIFIER.matcher(text).matches() ? text.substring(0, 3) : UNKNOWN;
    }
}
