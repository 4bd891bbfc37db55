package org.borderedi.gateway.sftp;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.apache.sshd.common.session.Session;

/** Renders values a client chose (user names, paths) safely for one log line: no control characters, bounded. */
final class LogText {

    private static final int MAX_LENGTH = 200;

    private LogText() {
    }

    /** The value quoted, with control characters replaced, so a client cannot forge log lines. */
    static String quoted(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder text = new StringBuilder(Math.min(value.length(), MAX_LENGTH) + 2).append('\'');
        for (int i = 0; i < value.length() && i < MAX_LENGTH; i++) {
            char c = value.charAt(i);
            text.append(Character.isISOControl(c) ? '?' : c);
        }
        if (value.length() > MAX_LENGTH) {
            text.append("...");
        }
        return text.append('\'').toString();
    }

    /** The client's address as host:port. */
    static String remote(Session session) {
        SocketAddress address = session == null ? null : session.getRemoteAddress();
        if (address instanceof InetSocketAddress inet) {
            return inet.getAddress() == null ? inet.getHostString() + ":" + inet.getPort()
                    : inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }
}
