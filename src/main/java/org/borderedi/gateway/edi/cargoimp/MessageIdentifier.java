package org.borderedi.gateway.edi.cargoimp;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of a Cargo-IMP message ({@code FWB/17}): it starts each message in a file, and names the grammar the
 * rest is read with.
 *
 * @param type    the three-letter message identifier ("FWB")
 * @param version the version as written ("17")
 */
record MessageIdentifier(String type, String version) {

    private static final Pattern IDENTIFIER = Pattern.compile("([A-Z]{3})/(\\d{1,3})(/.*)?");

    /**
     * Cargo-IMP message identifiers: inside a message only these start the next one, so that a data line such as
     * {@code COR/12} is never taken for a message. Before the first message any {@code XXX/n} line starts one.
     */
    private static final Set<String> CARGO_IMP_TYPES = Set.of("FWB", "FHL", "FFM", "FZB", "FSU", "FSA", "FSR", "FSB",
            "FMA", "FNA", "FBL", "FBR", "FWR", "FHR", "FDA", "FFA", "FFR", "FOH", "FVR", "FXB", "FCC", "FCR", "FRI",
            "FRC", "FRM", "FRX", "FAD", "FTA", "FMB", "CSN", "CPM", "UCM", "LDM");

    /** The identifier a line names, if it is one. */
    static Optional<MessageIdentifier> of(String text) {
        Matcher identifier = IDENTIFIER.matcher(text);
        return identifier.matches() ? Optional.of(new MessageIdentifier(identifier.group(1), identifier.group(2))) : Optional.empty();
    }

    /** Whether the line starts a new message: always outside a message, only with a Cargo-IMP type inside one. */
    static boolean startsMessage(String text, boolean insideMessage) {
        return of(text).filter(identifier -> !insideMessage || CARGO_IMP_TYPES.contains(identifier.type())).isPresent();
    }

    /** The grammar of the message type, or one that reads every line generically for a type the gateway does not read. */
    MessageGrammar grammar() {
        return switch (type) {
            case "FWB" -> FwbGrammar.GRAMMAR;
            case "FHL" -> FhlGrammar.GRAMMAR;
            case "FFM" -> FfmGrammar.GRAMMAR;
            default -> MessageGrammar.unknown(type);
        };
    }
}
