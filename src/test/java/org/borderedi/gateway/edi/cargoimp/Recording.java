package org.borderedi.gateway.edi.cargoimp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Segment;
import org.borderedi.gateway.edi.SyntaxEvents;

/** What the reader reported for one file, in order, for the tests to look at. */
final class Recording implements SyntaxEvents {

    final List<Segment> segments = new ArrayList<>();
    final List<MessageOutcome> outcomes = new ArrayList<>();
    final List<String> unreadable = new ArrayList<>();
    private final boolean wantsSegments;

    private Recording(boolean wantsSegments) {
        this.wantsSegments = wantsSegments;
    }

    /** A listener wanting segments, for a reader run elsewhere (through the syntax layer). */
    static Recording listener() {
        return new Recording(true);
    }

    static Recording of(String text) {
        return of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true);
    }

    static Recording of(InputStream file, boolean wantsSegments) {
        Recording recording = new Recording(wantsSegments);
        try {
            new CargoImpReader().read(file, recording);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recording;
    }

    /** The only message's outcome. */
    MessageOutcome outcome() {
        if (outcomes.size() != 1) {
            throw new AssertionError("expected one message, got " + outcomes);
        }
        return outcomes.get(0);
    }

    List<Finding> findings() {
        return outcomes.stream().flatMap(o -> o.findings().stream()).toList();
    }

    /** The first segment with this tag. */
    Segment segment(String tag) {
        return segments.stream().filter(s -> s.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + tag + " in " + segments));
    }

    List<String> tags() {
        return segments.stream().map(Segment::tag).toList();
    }

    @Override
    public boolean wantsSegments() {
        return wantsSegments;
    }

    @Override
    public void segmentRead(Segment segment) {
        segments.add(segment);
    }

    @Override
    public void messageChecked(MessageOutcome outcome) {
        outcomes.add(outcome);
    }

    @Override
    public void unreadable(long offset, String reason) {
        unreadable.add(offset + ": " + reason);
    }

    /** Elements written compactly: "a,b" per element's components, elements separated by '|'. */
    static String compact(Segment segment) {
        return String.join("|", segment.elements().stream().map(e -> String.join(",", e)).toList());
    }
}
