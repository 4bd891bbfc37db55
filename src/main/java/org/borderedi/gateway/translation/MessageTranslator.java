package org.borderedi.gateway.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Segment;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Envelope;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.translation.MessageMapping.MappingException;
import org.borderedi.gateway.translation.draft.FilingDraft;

/**
 * Listens to the syntax layer and translates each message once it has been read and checked: the message's segments
 * are held, mapped by the catalog's mapping for its type, and handed on in order. A rejected message is handed on
 * untranslated, with the reason. A batching translator holds up to {@value #BATCH_MESSAGES} messages of one type (at
 * most {@value #BATCH_SEGMENTS} segments together, never the file) and maps them in one Smooks execution.
 */
public final class MessageTranslator implements SyntaxEvents {

    /** Messages one Smooks execution maps at most: enough to spread its fixed cost, few enough to hold. */
    static final int BATCH_MESSAGES = 32;
    /** Segments the held messages may have together, so that a batch of large messages stays small too. */
    static final int BATCH_SEGMENTS = 2_000;

    private final MappingCatalog catalog;
    private final Syntax syntax;
    private final Consumer<TranslatedMessage> out;
    private final int batchMessages;
    private final List<Segment> segments = new ArrayList<>();
    /** Messages checked but not yet handed on, in order: those to map, and any without a mapping after them. */
    private final List<Held> held = new ArrayList<>();
    private MappingCatalog.Entry heldEntry;
    private int heldMappable;
    private int heldSegments;
    private InterchangeHeader interchange;
    private GroupHeader group;

    /** Maps each message on its own, as soon as it is checked. */
    public MessageTranslator(MappingCatalog catalog, Syntax syntax, Consumer<TranslatedMessage> out) {
        this(catalog, syntax, out, 1);
    }

    private MessageTranslator(MappingCatalog catalog, Syntax syntax, Consumer<TranslatedMessage> out, int batchMessages) {
        this.catalog = catalog;
        this.syntax = syntax;
        this.out = out;
        this.batchMessages = batchMessages;
    }

    /**
     * Maps messages in batches; what it holds is handed on at each interchange's end and at {@link #finish()}, which
     * the caller must call when the syntax layer is done.
     */
    public static MessageTranslator batching(MappingCatalog catalog, Syntax syntax, Consumer<TranslatedMessage> out) {
        return new MessageTranslator(catalog, syntax, out, BATCH_MESSAGES);
    }

    @Override
    public void interchangeStarted(InterchangeHeader header) {
        interchange = header;
        group = null;
    }

    @Override
    public void groupStarted(GroupHeader header) {
        group = header;
    }

    @Override
    public boolean wantsSegments() {
        return true;
    }

    @Override
    public void segmentRead(Segment segment) {
        segments.add(segment);
    }

    @Override
    public void messageChecked(MessageOutcome outcome) {
        try {
            hold(outcome);
        } finally {
            segments.clear();
        }
    }

    @Override
    public void interchangeEnded(InterchangeOutcome outcome) {
        finish();
    }

    /** Maps and hands on every message still held. */
    public void finish() {
        if (held.isEmpty()) {
            return;
        }
        List<Held> batch = List.copyOf(held);
        MappingCatalog.Entry entry = heldEntry;
        held.clear();
        heldEntry = null;
        heldMappable = 0;
        heldSegments = 0;
        List<Held> mappable = batch.stream().filter(h -> h.result == null).toList();
        List<TranslatedMessage> mapped = mappable.size() == 1 ? List.of(mapOne(entry, mappable.get(0))) : mapAll(entry, mappable);
        int next = 0;
        for (Held message : batch) {
            out.accept(message.result != null ? message.result : mapped.get(next++));
        }
    }

    /** A message checked and not yet handed on: its result when known without mapping, else what mapping needs. */
    private record Held(MessageOutcome outcome, Envelope envelope, MessageSegments segments, TranslatedMessage result) {
    }

    private void hold(MessageOutcome outcome) {
        TranslatedMessage untranslated = null;
        Optional<MappingCatalog.Entry> entry = Optional.empty();
        if (outcome.verdict() == Verdict.REJECTED) {
            untranslated = new TranslatedMessage(outcome, null, "the message was rejected by syntax validation");
        } else {
            MappingKey key = MappingKey.of(syntax, outcome.type(), outcome.version());
            entry = catalog.find(key);
            if (entry.isEmpty()) {
                untranslated = new TranslatedMessage(outcome, null,
                        "no mapping for " + key.syntax() + " " + key.message() + " version " + key.version());
            }
        }
        if (untranslated != null) {
            if (held.isEmpty()) {
                out.accept(untranslated);
            } else {
                held.add(new Held(outcome, null, null, untranslated)); // after the messages held before it
            }
            return;
        }
        if (heldEntry != null && heldEntry != entry.get()) {
            finish(); // one mapping per batch
        }
        held.add(new Held(outcome, envelope(outcome), new MessageSegments(segments), null));
        heldEntry = entry.get();
        heldMappable++;
        heldSegments += segments.size();
        if (heldMappable >= batchMessages || heldSegments >= BATCH_SEGMENTS) {
            finish();
        }
    }

    /** One execution for the batch; when a message of it fails, each message on its own, to say which and why. */
    private static List<TranslatedMessage> mapAll(MappingCatalog.Entry entry, List<Held> messages) {
        try {
            List<FilingDraft> drafts = entry.mapping().mapAll(new MessageBatch(messages.stream().map(Held::segments).toList()));
            List<TranslatedMessage> mapped = new ArrayList<>(messages.size());
            for (int i = 0; i < messages.size(); i++) {
                Held message = messages.get(i);
                mapped.add(new TranslatedMessage(message.outcome,
                        drafts.get(i).build(entry.format(), message.envelope, entry.defaultMode()), null));
            }
            return mapped;
        } catch (MappingException e) {
            return messages.stream().map(message -> mapOne(entry, message)).toList();
        }
    }

    private static TranslatedMessage mapOne(MappingCatalog.Entry entry, Held message) {
        try {
            Filing filing = entry.mapping().map(message.segments)
                    .build(entry.format(), message.envelope, entry.defaultMode());
            return new TranslatedMessage(message.outcome, filing, null);
        } catch (MappingException e) {
            return new TranslatedMessage(message.outcome, null, "the message could not be mapped: " + e.getMessage());
        }
    }

    private Envelope envelope(MessageOutcome outcome) {
        if (interchange == null) {
            return new Envelope(null, null, outcome.controlNumber(), null, null, false);
        }
        return new Envelope(interchange.controlNumber(), group == null ? null : group.controlNumber(),
                outcome.controlNumber(), party(interchange.sender()), party(interchange.receiver()), interchange.test());
    }

    private static Identifier party(org.borderedi.gateway.edi.Party party) {
        return party == null ? null : Identifier.of(party.qualifier() == null ? "" : party.qualifier(), party.id());
    }
}
