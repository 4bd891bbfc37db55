package org.borderedi.gateway.broker;

import java.security.cert.X509Certificate;
import org.apache.activemq.broker.Broker;
import org.apache.activemq.broker.ConnectionContext;
import org.apache.activemq.command.ConnectionInfo;
import org.apache.activemq.security.AbstractAuthenticationBroker;
import org.apache.activemq.security.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's door: every new connection must present a login that {@link BrokerLogins} accepts, or it is refused
 * before it can create a session (the client sees a {@code JMSSecurityException}).
 */
final class BrokerLoginFilter extends AbstractAuthenticationBroker {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerLoginFilter.class);
    private static final int MAX_LOGGED_USER_LENGTH = 64;

    private final BrokerLogins logins;

    BrokerLoginFilter(Broker next, BrokerLogins logins) {
        super(next);
        this.logins = logins;
    }

    @Override
    public void addConnection(ConnectionContext context, ConnectionInfo info) throws Exception {
        SecurityContext login = context.getSecurityContext();
        // Only the broker's own internal connections arrive with an identity already set.
        if (login == null) {
            try {
                login = authenticate(info.getUserName(), info.getPassword(), null);
            } catch (SecurityException refused) {
                LOG.warn("Refused broker login for user {} from {}",
                        printable(info.getUserName()), context.getConnection().getRemoteAddress());
                throw refused;
            }
            context.setSecurityContext(login);
            securityContexts.add(login);
        }
        try {
            super.addConnection(context, info);
        } catch (Exception e) {
            securityContexts.remove(login);
            context.setSecurityContext(null);
            throw e;
        }
    }

    @Override
    public SecurityContext authenticate(String user, String password, X509Certificate[] peerCertificates) {
        return logins.check(user, password).orElseThrow(
                // The same answer for an unknown user and a wrong password, and without the user name: ActiveMQ logs
                // this message as it is, and the name is whatever the client sent.
                () -> new SecurityException("User name or password is invalid."));
    }

    /** The user name as the client sent it, quoted, shortened and with control characters escaped for the log. */
    static String printable(String user) {
        if (user == null || user.isEmpty()) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder("'");
        user.codePoints().limit(MAX_LOGGED_USER_LENGTH).forEach(c -> {
            if (Character.isISOControl(c) || c == '\'') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (user.codePointCount(0, user.length()) > MAX_LOGGED_USER_LENGTH) {
            out.append("...");
        }
        return out.append('\'').toString();
    }
}
