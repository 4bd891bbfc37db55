package org.borderedi.gateway.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Segment;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Envelope;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.translation.MessageMapping.MappingException;

/**
 * Listens to the syntax layer and translates each message as soon as it has been read and checked: the message's
 * segments are held (one message at a time, never the file), mapped by the catalog's mapping for its type, and handed
 * on. A rejected message is handed on untranslated, with the reason.
 */
public final class MessageTranslator implements SyntaxEvents {

    private final MappingCatalog catalog;
    private final Syntax syntax;
    private final Consumer<TranslatedMessage> out;
    private final List<Segment> segments = new ArrayList<>();
    private InterchangeHeader interchange;
    private GroupHeader group;

    public MessageTranslator(MappingCatalog catalog, Syntax syntax, Consumer<TranslatedMessage> out) {
        this.catalog = catalog;
        this.syntax = syntax;
        this.out = out;
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
            out.accept(translate(outcome));
        } finally {
            segments.clear();
        }
    }

    private TranslatedMessage translate(MessageOutcome outcome) {
        if (outcome.verdict() == Verdict.REJECTED) {
            return new TranslatedMessage(outcome, null, "the message was rejected by syntax validation");
        }
        MappingKey key = MappingKey.of(syntax, outcome.type(), outcome.version());
        Optional<MappingCatalog.Entry> entry = catalog.find(key);
        if (entry.isEmpty()) {
            return new TranslatedMessage(outcome, null,
                    "no mapping for " + key.syntax() + " " + key.message() + " version " + key.version());
        }
        try {
            Filing filing = entry.get().mapping().map(new MessageSegments(segments))
                    .build(entry.get().format(), envelope(outcome), entry.get().defaultMode());
            return new TranslatedMessage(outcome, filing, null);
        } catch (MappingException e) {
            return new TranslatedMessage(outcome, null, "the message could not be mapped: " + e.getMessage());
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
