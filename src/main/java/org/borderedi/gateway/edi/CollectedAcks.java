package org.borderedi.gateway.edi;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Keeps committed acknowledgments in memory, in order: for the validate command and for tests. */
public final class CollectedAcks implements AckOutput {

    private final List<Ack> acks = new ArrayList<>();

    @Override
    public Draft start(AckKind kind, String acknowledgedInterchange) {
        StringWriter text = new StringWriter();
        return new Draft() {
            @Override
            public Writer writer() {
                return text;
            }

            @Override
            public void commit() {
                acks.add(new Ack(kind, acknowledgedInterchange, text.toString()));
            }

            @Override
            public void close() {
                // nothing to release; an uncommitted draft is simply forgotten
            }
        };
    }

    public List<Ack> acks() {
        return List.copyOf(acks);
    }

    /** One committed acknowledgment interchange. */
    public record Ack(AckKind kind, String acknowledgedInterchange, String text) {
    }
}
