package org.borderedi.gateway.translation;

import java.util.List;
import org.borderedi.gateway.edi.Segment;

/** One message's segments, header to trailer, as the source of one Smooks execution. */
public record MessageSegments(List<Segment> segments) {

    public MessageSegments {
        segments = List.copyOf(segments);
    }
}
