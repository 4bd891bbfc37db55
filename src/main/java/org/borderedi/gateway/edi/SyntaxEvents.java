package org.borderedi.gateway.edi;

import java.util.List;

/**
 * What a validator reports while it reads, as each piece is complete: acknowledgment writers, the command line and
 * the filing flow all listen here. Nothing is held back to the end, so memory does not grow with the file.
 */
public interface SyntaxEvents {

    default void interchangeStarted(InterchangeHeader header) {
    }

    default void groupStarted(GroupHeader header) {
    }

    /**
     * Whether this listener wants every segment of every message ({@link #segmentRead}); validators build segments
     * only when someone asks, so plain validation pays nothing for translation.
     */
    default boolean wantsSegments() {
        return false;
    }

    /**
     * One segment of the message being read, from its header (ST/UNH; the message's first line for Cargo-IMP) to its
     * trailer inclusive, in order, before {@link #messageChecked} reports the message. Only called when
     * {@link #wantsSegments()}.
     */
    default void segmentRead(Segment segment) {
    }

    default void messageChecked(MessageOutcome outcome) {
    }

    default void groupEnded(GroupOutcome outcome) {
    }

    default void interchangeEnded(InterchangeOutcome outcome) {
    }

    /**
     * Data that is not an interchange the gateway can answer: an unrecognised format, or an interchange whose header
     * cannot be read far enough to address an acknowledgment to its sender.
     *
     * @param offset the byte offset in the file where the unreadable data starts
     */
    default void unreadable(long offset, String reason) {
    }

    /** All of them, in order. */
    static SyntaxEvents all(SyntaxEvents... listeners) {
        List<SyntaxEvents> all = List.of(listeners);
        return new SyntaxEvents() {
            @Override
            public void interchangeStarted(InterchangeHeader header) {
                all.forEach(l -> l.interchangeStarted(header));
            }

            @Override
            public void groupStarted(GroupHeader header) {
                all.forEach(l -> l.groupStarted(header));
            }

            @Override
            public boolean wantsSegments() {
                return all.stream().anyMatch(SyntaxEvents::wantsSegments);
            }

            @Override
            public void segmentRead(Segment segment) {
                all.forEach(l -> l.segmentRead(segment));
            }

            @Override
            public void messageChecked(MessageOutcome outcome) {
                all.forEach(l -> l.messageChecked(outcome));
            }

            @Override
            public void groupEnded(GroupOutcome outcome) {
                all.forEach(l -> l.groupEnded(outcome));
            }

            @Override
            public void interchangeEnded(InterchangeOutcome outcome) {
                all.forEach(l -> l.interchangeEnded(outcome));
            }

            @Override
            public void unreadable(long offset, String reason) {
                all.forEach(l -> l.unreadable(offset, reason));
            }
        };
    }
}
