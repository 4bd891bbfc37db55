package org.borderedi.gateway.sftp;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one line per successful SFTP login, once the session is authenticated: the authenticator cannot, since SSHD
 * consults it twice for a single public-key login.
 */
final class LoginLog implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(LoginLog.class);

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated) {
            LOG.info("SFTP login: user {} from {} by {}", LogText.quoted(session.getUsername()),
                    LogText.remote(session), session.getAttribute(PartnerAuthenticator.LOGIN_METHOD));
        }
    }
}
