package org.borderedi.gateway.translation;

import java.util.List;

/**
 * Several messages of one type as the source of one Smooks execution: Smooks' fixed cost per execution is paid once
 * for all of them, and each message is still a {@code <message>} element of its own.
 */
public record MessageBatch(List<MessageSegments> messages) {

    public MessageBatch {
        messages = List.copyOf(messages);
    }
}
