package org.borderedi.gateway.edi.edifact;

import static org.borderedi.gateway.edi.edifact.ContrlSegments.e;

import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.borderedi.gateway.edi.AckKind;
import org.borderedi.gateway.edi.AckOutput;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GroupOutcome;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Scope;
import org.borderedi.gateway.edi.Verdict;

/**
 * The CONTRL answering one received interchange, written while that interchange is read.
 *
 * <p>UCI comes first in a CONTRL but its action is known only at the UNZ, so the CONTRL is started at the first thing
 * it must report, with UCI 7 (its header passed, or nothing would be reported below it); an interchange that turns
 * out rejected as a whole has that draft discarded and gets a CONTRL of its own with UCI 4 and the error, under the
 * same control reference (the discarded one was never delivered). UCF likewise precedes its group's UCMs, so those
 * are held until the group's UNE; messages outside groups are written as they are checked.
 *
 * <p>When the sender asked for an acknowledgment (UNB 0031) or the partner wants one always, every group and message
 * gets its UCF/UCM; otherwise a CONTRL goes out only because something was rejected, and it lists what was rejected:
 * under UCI 7 (and UCF 7) everything not listed is acknowledged.
 */
final class ContrlReply {

    private static final Set<String> ENVELOPE_TAGS = Set.of("UNH", "UNT");
    private static final Set<String> INTERCHANGE_TAGS = Set.of("UNA", "UNB", "UNZ");
    private static final int MOST_SEGMENT_ERRORS = 999;
    private static final int MOST_ELEMENT_ERRORS = 99;

    private final InterchangeHeader received;
    private final Party from;
    private final boolean everything;
    private final int syntaxVersion;
    private final ContrlSegments segments;
    private final Supplier<String> references;
    private final AckOutput out;
    private final Clock clock;

    private String controlReference;
    private AckOutput.Draft draft;
    private int messageSegments;
    private GroupHeader group;
    private final List<MessagePart> groupMessages = new ArrayList<>();

    /** @param from who the CONTRL comes from (UNB sender) */
    ContrlReply(InterchangeHeader received, Party from, boolean everything, Supplier<String> references, AckOutput out,
            Clock clock) {
        this.received = received;
        this.from = from;
        this.everything = everything;
        this.syntaxVersion = "4".equals(received.version()) ? 4 : 3;
        this.segments = new ContrlSegments(received.delimiters());
        this.references = references;
        this.out = out;
        this.clock = clock;
    }

    void groupStarted(GroupHeader header) {
        group = header;
        groupMessages.clear();
    }

    void messageChecked(MessageOutcome message) throws IOException {
        boolean rejected = !message.verdict().accepted();
        if ((!everything && !rejected) || !ContrlSegments.canName(message, syntaxVersion)) {
            return; // acknowledged by the UCI/UCF's 7; an unnamable one has rejected the interchange
        }
        MessagePart part = messagePart(message);
        if (group != null) {
            groupMessages.add(part);
        } else {
            start();
            write(part.segments());
        }
    }

    void groupEnded(GroupOutcome outcome) throws IOException {
        boolean rejected = outcome.verdict() == Verdict.REJECTED;
        if ((everything || rejected || !groupMessages.isEmpty()) && ContrlSegments.canName(outcome.header())) {
            start();
            Finding error = firstError(outcome.findings(), f -> true);
            Party sender = outcome.header().sender();
            Party recipient = outcome.header().receiver();
            List<String> ucf = new ArrayList<>();
            ucf.add(segments.segment("UCF", e(outcome.header().controlNumber()), party(sender), party(recipient),
                    e(ContrlAction.of(outcome.verdict()).code()), e(code(error)), e(tagOf(error, Set.of("UNG", "UNE"))),
                    elementId(error)));
            write(ucf);
            for (MessagePart part : groupMessages) {
                // under UCF 4 everything in the group is rejected; only messages with errors of their own say more
                if (!rejected || part.rejected()) {
                    write(part.segments());
                }
            }
        }
        group = null;
        groupMessages.clear();
    }

    void interchangeEnded(InterchangeOutcome outcome) throws IOException {
        if (outcome.verdict() == Verdict.REJECTED) {
            if (draft != null) {
                draft.close(); // discarded: it began with UCI 7
                draft = null;
            }
            start(firstError(outcome.findings(), f -> true));
        } else if (draft == null && everything) {
            start();
        }
        if (draft != null) {
            messageSegments++;
            segments(segments.segment("UNT", e(String.valueOf(messageSegments)), e("1")),
                    segments.segment("UNZ", e("1"), e(controlReference)));
            draft.commit();
            draft.close();
            draft = null;
        }
    }

    private void start() throws IOException {
        if (draft == null) {
            start(null);
        }
    }

    /** Starts the CONTRL with its UNB, UNH and UCI: action 7, or 4 with the interchange's first error. */
    private void start(Finding rejection) throws IOException {
        if (controlReference == null) {
            controlReference = references.get();
        }
        draft = out.start(AckKind.CONTRL, received.controlNumber());
        draft.writer().write(EdifactAckInterchange.unb(segments, received, from, controlReference, ZonedDateTime.now(clock)));
        messageSegments = 0;
        // syntax version 4 has its own CONTRL, 4:1 (ISO 9735-4); versions 1 to 3 are answered with D:3, the CONTRL
        // of the UN/EDIFACT service directory for syntax 3, which is the one the earlier versions' partners read
        String[] s009 = syntaxVersion >= 4 ? e("CONTRL", "4", "1", "UN") : e("CONTRL", "D", "3", "UN");
        write(List.of(segments.segment("UNH", e("1"), s009)));
        ContrlAction action = rejection == null ? ContrlAction.ACKNOWLEDGED : ContrlAction.REJECTED;
        write(List.of(segments.segment("UCI", e(received.controlNumber()), party(received.sender()), party(received.receiver()),
                e(action.code()), e(code(rejection)), e(tagOf(rejection, INTERCHANGE_TAGS)), elementId(rejection))));
    }

    /** UCM for one message, with a UCS per segment in error and a UCD per data element in error. */
    private MessagePart messagePart(MessageOutcome message) {
        List<String> lines = new ArrayList<>();
        String[] s009 = message.version().split(":", -1);
        Finding envelope = firstError(message.findings(), this::isEnvelope);
        lines.add(segments.segment("UCM", e(message.controlNumber()),
                e(message.type(), s009[0], s009[1], s009[2], s009.length > 3 ? s009[3] : null),
                e(ContrlAction.of(message.verdict()).code()), e(code(envelope)), e(tagOf(envelope, ENVELOPE_TAGS)),
                elementId(envelope)));
        int segmentErrors = 0;
        int elementErrors = 0;
        int lastSegment = -1;
        boolean lastWasSegmentError = false;
        for (Finding finding : message.findings()) {
            if (!finding.isError() || isEnvelope(finding) || finding.code().edifact() == null) {
                continue;
            }
            Position at = finding.position();
            boolean segmentError = finding.code().scope() == Scope.SEGMENT || at.element() == 0;
            boolean newSegment = at.segment() != lastSegment || segmentError || lastWasSegmentError;
            if (newSegment) {
                if (segmentErrors == MOST_SEGMENT_ERRORS) {
                    break;
                }
                segmentErrors++;
                elementErrors = 0;
                lastSegment = at.segment();
                lines.add(segments.segment("UCS", e(String.valueOf(at.segment())), e(segmentError ? finding.code().edifact() : null)));
            }
            lastWasSegmentError = segmentError && finding.code() == FindingCode.MANDATORY_SEGMENT_MISSING;
            if (!segmentError && elementErrors < MOST_ELEMENT_ERRORS) {
                elementErrors++;
                lines.add(segments.segment("UCD", e(finding.code().edifact()), elementId(finding)));
            }
        }
        return new MessagePart(lines, !message.verdict().accepted());
    }

    /** Whether a finding is about the message's UNH/UNT (reported in UCM) rather than its content (UCS/UCD). */
    private boolean isEnvelope(Finding finding) {
        Position at = finding.position();
        return finding.code().scope() == Scope.MESSAGE || at.segment() == 0 || ENVELOPE_TAGS.contains(at.segmentTag());
    }

    private static Finding firstError(List<Finding> findings, java.util.function.Predicate<Finding> kind) {
        return findings.stream().filter(Finding::isError).filter(kind).filter(f -> f.code().edifact() != null).findFirst().orElse(null);
    }

    private static String code(Finding finding) {
        return finding == null ? null : finding.code().edifact();
    }

    private static String tagOf(Finding finding, Set<String> tags) {
        return finding != null && tags.contains(finding.position().segmentTag()) ? finding.position().segmentTag() : null;
    }

    /** S011: CONTRL counts the segment tag as position 1, so the first data element is 2. */
    private String[] elementId(Finding finding) {
        if (finding == null || finding.position().element() == 0) {
            return e();
        }
        Position at = finding.position();
        String occurrence = syntaxVersion >= 4 && at.repetition() > 1 ? String.valueOf(at.repetition()) : null;
        return e(String.valueOf(at.element() + 1), at.component() > 0 ? String.valueOf(at.component()) : null, occurrence);
    }

    private static String[] party(Party party) {
        return EdifactAckInterchange.party(party);
    }

    private void write(List<String> lines) throws IOException {
        for (String line : lines) {
            messageSegments++;
            draft.writer().write(line);
        }
    }

    private void segments(String... lines) throws IOException {
        for (String line : lines) {
            draft.writer().write(line);
        }
    }

    /** The UCM and its UCS/UCD for one message, written now or when its group ends. */
    private record MessagePart(List<String> segments, boolean rejected) {
    }
}
