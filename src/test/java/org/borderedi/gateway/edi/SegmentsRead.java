package org.borderedi.gateway.edi;

import java.util.ArrayList;
import java.util.List;

/** A listener that asks for the segments handed to translation and keeps them, written out, in order. */
public final class SegmentsRead implements SyntaxEvents {

    private final List<String> segments = new ArrayList<>();

    @Override
    public boolean wantsSegments() {
        return true;
    }

    @Override
    public void segmentRead(Segment segment) {
        segments.add(segment.toString());
    }

    public List<String> segments() {
        return segments;
    }
}
