package org.borderedi.gateway.edi.edifact;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderedi.gateway.edi.CompiledSchema;
import org.borderedi.gateway.edi.Delimiters;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.SegmentSyntax;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.partners.CodeListMode;
import org.borderedi.gateway.partners.FilingFormat;

/**
 * Reads one interchange whose header passed, with StAEDI: its groups and messages, each reported as soon as it is
 * checked, then its trailer and its own outcome. It keeps the references seen in the interchange and the message
 * being read, never the messages.
 */
final class InterchangeReading {

    private static final Set<String> SERVICE_SEGMENTS = Set.of("UNB", "UNG", "UNH", "UNT", "UNE", "UNZ");

    private final InterchangeStart start;
    private final ValidationProfile profile;
    private final EdifactSchemas schemas;
    private final SyntaxEvents events;
    private final InterchangeBody body;
    private final RepertoireCheck repertoire;
    private final String reference;
    private final char decimalMark;
    private final List<Finding> findings;
    /** Whether a listener wants the message segments (asked once per interchange): plain validation builds none. */
    private final boolean tapping;
    /** The separators and decimal mark, as the quick proofs read values. */
    private final SegmentSyntax syntax;

    private final Map<Integer, String> values = new HashMap<>();
    private final Deque<String> loops = new ArrayDeque<>();
    private final Set<String> groupReferences = new HashSet<>();
    private final Set<String> messageReferences = new HashSet<>();
    private int interchangeSegments;
    private int streamSegments;
    private boolean supplied;
    private boolean mixedReported;
    private String tag;
    private int segment;
    private long flaggedElement = -1;
    private MessageCheck message;
    private boolean inBody;
    private GroupCheck group;
    private int groups;
    private int messages;
    private int ungroupedMessages;
    private int acceptedMessages;
    private boolean allAccepted = true;
    private String trailerCount;
    private String trailerReference;
    private int trailerSegment;
    /** The message segment being read, for listeners that want segments; null when nobody does or outside a message. */
    private SegmentTap tap;

    InterchangeReading(InterchangeStart start, InterchangeBody body, ValidationProfile profile, EdifactSchemas schemas,
            SyntaxEvents events, List<Finding> headerFindings) {
        this.start = start;
        this.body = body;
        this.profile = profile;
        this.schemas = schemas;
        this.events = events;
        this.repertoire = new RepertoireCheck(start.level().orElseThrow(), start.header().delimiters());
        this.reference = start.header().controlNumber();
        // a UNA before version 4 fixes the decimal mark; otherwise '.' and ',' are both allowed
        this.decimalMark = start.advice().una() != null && start.syntaxVersion() < 4 ? start.advice().decimal() : 0;
        this.findings = new ArrayList<>(headerFindings);
        this.tapping = events.wantsSegments();
        Delimiters delimiters = start.header().delimiters();
        this.syntax = new SegmentSyntax(delimiters.component(), delimiters.repetition() == null ? 0 : delimiters.repetition(),
                delimiters.release() == null ? 0 : delimiters.release(), decimalMark == 0 ? '.' : decimalMark);
        body.passOverMessagesClearedBy(new InterchangeBody.MessageProof() {
            @Override
            public InterchangeBody.Clearance clearance(MessageLookahead.Message message) {
                return InterchangeReading.this.clearance(message);
            }

            @Override
            public void passedOverWhole(MessageLookahead.Message message) {
                readPassedOver(message);
            }
        });
    }

    void read(EDIInputFactory factory) throws IOException {
        EDIStreamReader reader = utf8Reader(factory);
        try {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_INTERCHANGE -> reader.setControlSchema(schemas.service(start.syntaxVersion()));
                    case START_GROUP -> loops.clear();
                    case START_TRANSACTION -> startMessage();
                    case START_SEGMENT -> startSegment(reader.getText());
                    case ELEMENT_DATA -> element(reader);
                    case START_LOOP -> loopStarted(reader.getReferenceCode());
                    case END_LOOP -> loopEnded();
                    case END_SEGMENT -> endSegment(reader);
                    case END_TRANSACTION -> endMessage(); // already ended at its UNT, unless StAEDI ended it
                    case END_GROUP -> endGroup();
                    case SEGMENT_ERROR -> segmentError(reader);
                    case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> elementError(reader);
                    default -> {
                        // composites and the interchange's end carry nothing to check
                    }
                }
            }
        } catch (EDIStreamException e) {
            broken(e);
        } finally {
            reader.close();
        }
        body.drain();
        finish();
    }

    /** StAEDI always reads UTF-8 here: the body decodes the interchange's own encoding and hands it on as UTF-8. */
    private EDIStreamReader utf8Reader(EDIInputFactory factory) {
        try {
            return factory.createEDIStreamReader(body, "UTF-8");
        } catch (EDIStreamException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private void startMessage() {
        if (message != null) {
            endMessage();
        }
        message = new MessageCheck(reference, group == null ? null : group.header().controlNumber());
        loops.clear();
    }

    /**
     * Chooses the message's schema from its UNH, which StAEDI allows until the UNH ends. (StAEDI's own
     * getTransactionType() cannot be used: 1.26.0 forgets it when the previous message's END_TRANSACTION is read.)
     */
    /** Why a message cannot be checked, in the finding's terms. */
    private record SchemaProblem(FindingCode code, String text) {
    }

    /** With {@code reader} null, StAEDI does not read the message at all. */
    private SchemaProblem chooseSchema(EDIStreamReader reader, boolean passedOver) {
        String type = value(2, 1);
        String version = value(2, 2);
        String release = value(2, 3);
        String agency = value(2, 4);
        Optional<Schema> schema = schemas.message(type, version, release, agency);
        // without a complete S009 StAEDI reports the missing component, and no schema applies
        boolean identified = type != null && version != null && release != null && agency != null;
        SchemaProblem problem = null;
        if (identified && schema.isEmpty()) {
            problem = new SchemaProblem(FindingCode.MESSAGE_TYPE_NOT_SUPPORTED, type + " " + version + ":" + release + ":"
                    + agency + " is not supported: the gateway reads CUSCAR D:95B:UN, D:96A:UN and D:03B:UN");
        } else if (identified && profile.partner().isPresent() && !profile.partner().get().mayFile(FilingFormat.EDIFACT_CUSCAR)) {
            problem = new SchemaProblem(FindingCode.MESSAGE_TYPE_NOT_AGREED,
                    "partner " + profile.partner().get().id() + " may not file CUSCAR");
        }
        if (reader == null) {
            return problem;
        }
        try {
            // a message passed over is UNH and UNT alone for StAEDI: its schema would miss every segment
            reader.setTransactionSchema(problem == null && !passedOver ? schema.orElse(null) : null);
        } catch (IllegalStateException e) {
            return new SchemaProblem(FindingCode.MESSAGE_TYPE_NOT_SUPPORTED,
                    "the message is not where the interchange's structure lets a message start, so it cannot be checked");
        }
        return problem;
    }

    /**
     * How much of a message read ahead StAEDI need not read: its segments when they pass the quick proof of its schema
     * and the syntax level's character repertoire, for a partner that may file it; all of it when its UNH and UNT pass
     * the proof of the service segments too. (Its references and count are the gateway's own checks, made either way.)
     * Depends on nothing read before it: the body may ask while StAEDI is still reading earlier segments.
     */
    private InterchangeBody.Clearance clearance(MessageLookahead.Message message) {
        if (!clears(message.header(), message.segments())) {
            return InterchangeBody.Clearance.NONE;
        }
        boolean whole = schemas.messageEnvelope(start.syntaxVersion())
                .filter(envelope -> inRepertoire(message.header()) && inRepertoire(message.trailer())
                        && envelope.header().admits(message.header(), syntax, false)
                        && envelope.trailer().admits(message.trailer(), syntax, false))
                .isPresent();
        return whole ? InterchangeBody.Clearance.WHOLE : InterchangeBody.Clearance.BODY;
    }

    private boolean clears(List<String> header, List<List<String>> segments) {
        Delimiters delimiters = start.header().delimiters();
        List<String> identifier = header.size() > 2 ? split(header.get(2), delimiters.component()) : List.of();
        Optional<Schema> schema = identifier.size() < 4 ? Optional.empty()
                : schemas.message(identifier.get(0), identifier.get(1), identifier.get(2), identifier.get(3));
        Optional<CompiledSchema> compiled = schema.flatMap(schemas::compiled);
        if (compiled.isEmpty() || profile.partner().map(p -> !p.mayFile(FilingFormat.EDIFACT_CUSCAR)).orElse(false)) {
            return false;
        }
        CompiledSchema.Proof proof = compiled.get().proof(syntax, profile.codeLists() != CodeListMode.OFF);
        for (List<String> fields : segments) {
            if (!inRepertoire(fields) || !proof.segment(fields)) {
                return false;
            }
        }
        return proof.end();
    }

    /**
     * A message the body passed over whole, where it stands in the interchange: read as StAEDI would have reported it,
     * its header and trailer through the same checks as a message StAEDI reads.
     */
    private void readPassedOver(MessageLookahead.Message passed) {
        startMessage();
        replay(passed.header());
        segmentEnded();
        messageHeader(null, passed.segments());
        replay(passed.trailer());
        endSegment(null);
    }

    /**
     * A segment StAEDI does not read, its values as StAEDI would report them: to the tap, and kept when it is a service
     * segment. Ended by the caller.
     */
    private void replay(List<String> fields) {
        startSegment(fields.get(0));
        boolean service = SERVICE_SEGMENTS.contains(tag);
        char component = start.header().delimiters().component();
        for (int e = 1; (tap != null || service) && e < fields.size(); e++) {
            List<String> components = split(fields.get(e), component);
            for (int c = 0; c < components.size(); c++) {
                int position = components.size() == 1 ? 0 : c + 1;
                if (service) {
                    values.put(e * 100 + position, components.get(c));
                }
                if (tap != null) {
                    tap.value(e, position, 1, components.get(c));
                }
            }
        }
    }

    private void replayBodySegment(List<String> fields) {
        replay(fields);
        segmentEnded();
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, from)) {
            parts.add(text.substring(from, i));
            from = i + 1;
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** Whether every value is in the syntax level's repertoire (separators being service characters, they pass). */
    private boolean inRepertoire(List<String> fields) {
        for (int e = 1; e < fields.size(); e++) {
            if (repertoire.problem(fields.get(e)) != null) {
                return false;
            }
        }
        return true;
    }

    private void startSegment(String name) {
        tag = name;
        values.clear();
        tap = null;
        if (name.equals("UNA")) {
            segment = 0; // the service string advice is no segment of the interchange
            return;
        }
        streamSegments++;
        supplied = body.isSupplied(streamSegments);
        if (supplied) {
            inBody = false; // a UNT or UNE the data lacks, supplied to close what it left open: not counted
            return;
        }
        interchangeSegments++;
        if (message != null && (inBody || name.equals("UNH") || name.equals("UNT"))) {
            segment = message.countSegment();
            if (tapping) {
                tap = new SegmentTap(name, segment);
            }
            if (name.equals("UNT")) {
                inBody = false;
            }
        } else {
            segment = interchangeSegments;
        }
    }

    private void loopStarted(String code) {
        if (inBody) {
            loops.push(code);
        }
    }

    private void loopEnded() {
        if (inBody && !loops.isEmpty()) {
            loops.pop();
        }
    }

    private void element(EDIStreamReader reader) {
        if (tag.equals("UNA") || supplied) {
            return;
        }
        String value = reader.getText();
        Location location = reader.getLocation();
        int element = location.getElementPosition();
        int component = Math.max(0, location.getComponentPosition());
        if (tap != null) {
            tap.value(element, component, location.getElementOccurrence(), value);
        }
        if (SERVICE_SEGMENTS.contains(tag)) {
            values.put(element * 100 + component, value);
        }
        if (elementKey(location) == flaggedElement) {
            return; // one finding per element: StAEDI has reported this one already
        }
        String problem = repertoire.problem(value);
        if (problem != null) {
            String code = reader.getReferenceCode();
            String name = code == null ? tag + " element " + element + (component > 0 ? "." + component : "")
                    : StructureFindings.name(tag, code, reader.getSchemaTypeReference());
            report(Finding.error(FindingCode.INVALID_CHARACTER, positionOf(location), name + " '" + value + "' " + problem)
                    .withElement(code, value));
        }
    }

    private void endSegment(EDIStreamReader reader) {
        segmentEnded();
        switch (tag) {
            case "UNG" -> startGroup();
            case "UNE" -> {
                if (group != null && !supplied) {
                    group.trailer(value(1, 0), value(2, 0), interchangeSegments);
                }
                endGroup();
            }
            case "UNH" -> messageHeader(reader, body.passedOver(streamSegments));
            case "UNT" -> {
                if (message != null && !supplied) {
                    message.trailer(value(1, 0), value(2, 0));
                }
                endMessage();
            }
            case "UNZ" -> {
                // the values as received: StAEDI reads a copy without release characters (see InterchangeBody)
                ServiceSegment trailer = body.trailer();
                trailerCount = trailer == null ? value(1, 0) : trailer.value(1, 1);
                trailerReference = trailer == null ? value(2, 0) : trailer.value(2, 1);
                trailerSegment = interchangeSegments;
            }
            default -> {
                // segments of messages are checked as they are read
            }
        }
    }

    private void segmentEnded() {
        if (tap != null) {
            events.segmentRead(tap.segment()); // before a UNT ends the message and reports it
            tap = null;
        }
    }

    private void startGroup() {
        if (group != null) {
            endGroup();
        }
        loops.clear();
        GroupHeader header = new GroupHeader(reference, value(1, 0), value(5, 0), new Party(value(2, 2), value(2, 1)),
                new Party(value(3, 2), value(3, 1)), value(4, 1), value(4, 2), groupVersion());
        group = new GroupCheck(header, interchangeSegments);
        groups++;
        if (!ContrlSegments.canName(header)) {
            unnamable("group " + (header.controlNumber() == null ? "without a reference" : "'" + header.controlNumber() + "'"));
        }
        if (header.controlNumber() != null && !groupReferences.add(header.controlNumber())) {
            group.add(Finding.error(FindingCode.DUPLICATE_GROUP_CONTROL_NUMBER,
                    group.position().atSegment(interchangeSegments, "UNG", null).atElement(5, 0, 0),
                    "group reference '" + header.controlNumber() + "' is used twice in the interchange")
                    .withElement("0048", header.controlNumber()));
        }
        if (ungroupedMessages > 0) {
            mixed(interchangeSegments, "UNG");
        }
        events.groupStarted(header);
    }

    private String groupVersion() {
        String version = value(7, 1);
        String release = value(7, 2);
        return version == null && release == null ? null : version + ":" + release;
    }

    /**
     * @param reader     StAEDI, or null when it does not read the message at all
     * @param passedOver the segments StAEDI does not read, or null
     */
    private void messageHeader(EDIStreamReader reader, List<List<String>> passedOver) {
        if (message == null) {
            if (passedOver != null) {
                passedOver.forEach(this::replayBodySegment);
            }
            return;
        }
        SchemaProblem messageProblem = chooseSchema(reader, passedOver != null);
        String messageReference = value(1, 0);
        message.header(messageReference, value(2, 1), value(2, 2), value(2, 3), value(2, 4));
        Position unh = message.position().atSegment(1, "UNH", null);
        if (messageReference != null) {
            boolean first = group != null ? group.firstUseOf(messageReference) : messageReferences.add(messageReference);
            if (!first) {
                message.add(Finding.error(FindingCode.DUPLICATE_MESSAGE_CONTROL_NUMBER, unh.atElement(1, 0, 0),
                        "message reference '" + messageReference + "' is used twice in the "
                                + (group != null ? "group" : "interchange")).withElement("0062", messageReference));
            }
        }
        if (group == null) {
            ungroupedMessages++;
            if (groups > 0) {
                mixed(interchangeSegments, "UNH");
            }
        }
        if (messageProblem != null) {
            message.add(Finding.error(messageProblem.code(), unh.atElement(2, 1, 0), messageProblem.text())
                    .withElement("0065", value(2, 1)));
        }
        inBody = true;
        if (passedOver != null) {
            passedOver.forEach(this::replayBodySegment);
        }
    }

    private void endMessage() {
        if (message == null) {
            return;
        }
        inBody = false;
        message.checkTrailer();
        MessageOutcome outcome = message.outcome();
        messages++;
        if (outcome.verdict().accepted()) {
            acceptedMessages++;
        }
        allAccepted &= outcome.verdict() == Verdict.ACCEPTED;
        if (group != null) {
            group.counted(outcome);
        }
        if (!ContrlSegments.canName(outcome, start.syntaxVersion())) {
            unnamable("message " + (outcome.controlNumber() == null ? "without a reference" : "'" + outcome.controlNumber() + "'")
                    + " (UNH " + outcome.type() + " " + outcome.version() + ")");
        }
        message = null;
        events.messageChecked(outcome);
    }

    private void endGroup() {
        if (group == null) {
            return;
        }
        group.checkTrailer(interchangeSegments + 1);
        var outcome = group.outcome();
        allAccepted &= outcome.verdict() == Verdict.ACCEPTED;
        if (outcome.verdict() == Verdict.REJECTED) {
            acceptedMessages -= group.acceptedMessages(); // rejecting the group rejects every message in it
        }
        group = null;
        events.groupEnded(outcome);
    }

    private void segmentError(EDIStreamReader reader) {
        String segmentTag = reader.getText();
        EDIStreamValidationError error = reader.getErrorType();
        if (!inBody && segmentTag.equals("UNG") && ungroupedMessages > 0) {
            mixed(interchangeSegments + 1, "UNG"); // StAEDI's schema wants groups first; mixing is reported once
            return;
        }
        if (mixedReported && segmentTag.equals("UNE")) {
            return;
        }
        if (inBody && message != null) {
            if (SERVICE_SEGMENTS.contains(segmentTag)) {
                return; // a service segment ends the message; the envelope reports what is missing
            }
            Position position = message.position().atSegment(message.segments() + 1, segmentTag, loops.peek());
            message.add(StructureFindings.segment(error, segmentTag, reader.getSchemaTypeReference(), position,
                    message.identification(), reader.getLocation().getSegmentTag()));
            return;
        }
        if (error == EDIStreamValidationError.MANDATORY_SEGMENT_MISSING
                && (segmentTag.equals("UNT") || segmentTag.equals("UNE") || segmentTag.equals("UNZ"))) {
            return; // a missing trailer is reported with the counts it carries
        }
        findings.add(Finding.error(FindingCode.INVALID_CONTROL_STRUCTURE,
                Position.ofInterchange(reference).atSegment(interchangeSegments + 1, segmentTag, null),
                "segment " + segmentTag + " is not expected " + (group != null ? "in group " + group.header().controlNumber()
                        : "in the interchange") + " outside a message"));
    }

    private void elementError(EDIStreamReader reader) {
        if (supplied) {
            return;
        }
        EDIStreamValidationError error = reader.getErrorType();
        EDIReference type = reader.getSchemaTypeReference();
        boolean numeric = type != null && type.getReferencedType() instanceof EDISimpleType simple
                && (simple.getBase() == EDISimpleType.Base.DECIMAL || simple.getBase() == EDISimpleType.Base.NUMERIC);
        if (error == EDIStreamValidationError.INVALID_CHARACTER_DATA && !numeric) {
            return; // characters outside the syntax level are reported by the repertoire check, exactly
        }
        Location location = reader.getLocation();
        String text = reader.hasText() ? reader.getText() : null;
        Finding finding = StructureFindings.element(error, text == null || text.isEmpty() ? null : text, type,
                reader.getReferenceCode(), positionOf(location), directory(), decimalMark);
        if (error == EDIStreamValidationError.INVALID_CODE_VALUE) {
            if (profile.codeLists() == CodeListMode.OFF) {
                return;
            }
            if (profile.codeLists() == CodeListMode.WARN) {
                finding = finding.asWarning();
            }
        }
        flaggedElement = elementKey(location);
        report(finding);
    }

    private void broken(EDIStreamException e) {
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        Position next = Position.ofInterchange(reference).atSegment(interchangeSegments + 1, "UNZ", null);
        if (reason.contains("EDIE005")) {
            String text = body.unterminatedTrailer() ? "the data ends inside the UNZ trailer, before its segment terminator"
                    : body.end() == InterchangeBody.End.NEXT_INTERCHANGE
                    ? "the interchange has no UNZ trailer: another interchange starts after its segment " + interchangeSegments
                    : "the data ends after segment " + interchangeSegments + " of the interchange, without its UNZ trailer";
            findings.add(Finding.error(FindingCode.PREMATURE_END_OF_DATA, next, text));
        } else {
            findings.add(Finding.error(FindingCode.INVALID_INTERCHANGE_CONTENT,
                    Position.ofInterchange(reference).atSegment(interchangeSegments, tag, null),
                    "the interchange cannot be read beyond its segment " + interchangeSegments + " (" + tag + "): " + reason));
        }
        if (message != null) {
            endMessage();
        }
        if (group != null) {
            endGroup();
        }
    }

    private void finish() {
        if (message != null) {
            endMessage();
        }
        if (group != null) {
            endGroup();
        }
        if (trailerSegment > 0) {
            Position unz = Position.ofInterchange(reference).atSegment(trailerSegment, "UNZ", null);
            int counted = groups > 0 ? groups : messages;
            String what = groups > 0 ? (counted == 1 ? "group" : "groups") : (counted == 1 ? "message" : "messages");
            if (trailerCount != null && trailerCount.chars().allMatch(Character::isDigit)
                    && !String.valueOf(counted).equals(MessageCheck.stripZeros(trailerCount))) {
                findings.add(Finding.error(FindingCode.GROUP_COUNT_MISMATCH, unz.atElement(1, 0, 0),
                        "UNZ says " + trailerCount + " " + (groups > 0 ? "groups" : "messages") + ", the interchange has "
                                + counted + " " + what).withElement("0036", trailerCount));
            }
            if (trailerReference != null && !trailerReference.equals(reference)) {
                findings.add(Finding.error(FindingCode.INTERCHANGE_CONTROL_NUMBER_MISMATCH, unz.atElement(2, 0, 0),
                        "UNZ reference '" + trailerReference + "' does not match UNB reference '" + reference + "'")
                        .withElement("0020", trailerReference));
            }
        }
        if (messages == 0 && groups == 0 && findings.stream().noneMatch(Finding::isError)) {
            findings.add(Finding.error(FindingCode.LOWER_LEVEL_EMPTY,
                    Position.ofInterchange(reference).atSegment(interchangeSegments, tag, null),
                    "the interchange holds no messages"));
        }
        boolean rejected = findings.stream().anyMatch(Finding::isError);
        Verdict verdict = rejected ? Verdict.REJECTED
                : allAccepted && findings.isEmpty() ? Verdict.ACCEPTED : Verdict.ACCEPTED_WITH_ERRORS;
        events.interchangeEnded(new InterchangeOutcome(start.header(), verdict, groups, messages,
                rejected ? 0 : acceptedMessages, findings));
    }

    /**
     * A CONTRL copies the reference and identification of what it reports; when they are missing or too long for its
     * data elements, the error is reported a level higher, so the whole interchange is rejected.
     */
    private void unnamable(String what) {
        findings.add(Finding.error(FindingCode.INVALID_INTERCHANGE_CONTENT,
                Position.ofInterchange(reference).atSegment(interchangeSegments, tag, null),
                "the " + what + " at segment " + interchangeSegments + " of the interchange cannot be named in an acknowledgment"));
    }

    private void mixed(int at, String segmentTag) {
        if (mixedReported) {
            return;
        }
        mixedReported = true;
        findings.add(Finding.error(FindingCode.GROUPS_AND_MESSAGES_MIXED,
                Position.ofInterchange(reference).atSegment(at, segmentTag, null),
                "the interchange mixes messages inside UNG groups with messages outside them"));
    }

    /** Routes a finding about the current segment to the message, group or interchange it belongs to. */
    private void report(Finding finding) {
        if (message != null && (inBody || tag.equals("UNH") || tag.equals("UNT"))) {
            message.add(finding);
        } else if (group != null && (tag.equals("UNG") || tag.equals("UNE"))) {
            group.add(finding);
        } else {
            findings.add(finding);
        }
    }

    private Position positionOf(Location location) {
        int element = Math.max(0, location.getElementPosition());
        int component = Math.max(0, location.getComponentPosition());
        int repetition = location.getElementOccurrence() > 1 ? location.getElementOccurrence() : 0;
        Position base;
        if (message != null && (inBody || tag.equals("UNH") || tag.equals("UNT"))) {
            base = message.position().atSegment(segment, tag, inBody ? loops.peek() : null);
        } else if (group != null && (tag.equals("UNG") || tag.equals("UNE"))) {
            base = group.position().atSegment(segment, tag, null);
        } else {
            base = Position.ofInterchange(reference).atSegment(segment, tag, null);
        }
        return base.atElement(element, component, repetition);
    }

    private long elementKey(Location location) {
        return ((long) interchangeSegments << 32) | ((long) Math.max(0, location.getElementPosition()) << 20)
                | ((long) Math.max(0, location.getComponentPosition()) << 10) | Math.max(0, location.getElementOccurrence());
    }

    private String directory() {
        return message == null ? "service segment" : message.directory();
    }

    private String value(int element, int component) {
        String value = values.get(element * 100 + component);
        return value == null || value.isEmpty() ? null : value;
    }
}
