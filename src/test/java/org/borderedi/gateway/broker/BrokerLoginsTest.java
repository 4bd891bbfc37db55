package org.borderedi.gateway.broker;

import static org.borderedi.gateway.broker.TestBroker.ALPHA;
import static org.borderedi.gateway.broker.TestBroker.ALPHA_PASSWORD;
import static org.borderedi.gateway.broker.TestBroker.BRAVO;
import static org.borderedi.gateway.broker.TestBroker.BRAVO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.Secret;
import org.borderedi.gateway.partners.TestPartners;
import org.junit.jupiter.api.Test;

/** The login decision on its own: which user and password belong to which group, and which are refused. */
class BrokerLoginsTest {

    private static final String GATEWAY_PASSWORD = "gateway-password-for-unit-tests";
    private static final Partner SFTP_FORWARDER = TestPartners.sftpForwarder("sierra", ALPHA_PASSWORD);
    private static final Partner WITHOUT_HASH = withoutPasswordHash(TestPartners.jmsCarrier("hotel", BRAVO_PASSWORD));

    private final BrokerLogins logins = new BrokerLogins("gateway-app", new Secret(GATEWAY_PASSWORD),
            TestPartners.registry(ALPHA, BRAVO, SFTP_FORWARDER, WITHOUT_HASH));

    @Test
    void the_gateway_user_with_its_password_belongs_to_the_gateway_group() {
        BrokerLogin login = logins.check("gateway-app", GATEWAY_PASSWORD).orElseThrow();

        assertEquals("gateway-app", login.getUserName());
        assertEquals(BrokerGroup.GATEWAY, login.group());
        assertTrue(login.getPrincipals().contains(BrokerGroup.GATEWAY));
    }

    @Test
    void the_gateway_user_is_refused_with_a_password_that_is_only_close() {
        assertTrue(logins.check("gateway-app", GATEWAY_PASSWORD + "x").isEmpty());
        assertTrue(logins.check("gateway-app", GATEWAY_PASSWORD.substring(1)).isEmpty());
        assertTrue(logins.check("gateway-app", GATEWAY_PASSWORD.toUpperCase()).isEmpty());
        assertTrue(logins.check("GATEWAY-APP", GATEWAY_PASSWORD).isEmpty());
    }

    @Test
    void a_partner_with_its_password_belongs_to_its_own_group() {
        BrokerLogin login = logins.check("alpha", ALPHA_PASSWORD).orElseThrow();

        assertEquals("alpha", login.getUserName());
        assertEquals(new BrokerGroup("partner.alpha"), login.group());
    }

    @Test
    void a_partner_is_refused_with_another_partners_password() {
        assertTrue(logins.check("alpha", BRAVO_PASSWORD).isEmpty());
    }

    @Test
    void a_partner_without_a_password_hash_cannot_log_in() {
        assertTrue(logins.check("hotel", BRAVO_PASSWORD).isEmpty());
        assertTrue(logins.check("hotel", "").isEmpty());
    }

    @Test
    void a_partner_on_another_channel_cannot_log_in_to_the_broker() {
        assertTrue(logins.check("sierra", ALPHA_PASSWORD).isEmpty());
    }

    @Test
    void a_login_without_user_or_password_is_refused() {
        assertTrue(logins.check(null, null).isEmpty());
        assertTrue(logins.check("", GATEWAY_PASSWORD).isEmpty());
        assertTrue(logins.check("gateway-app", null).isEmpty());
        assertTrue(logins.check("alpha", "").isEmpty());
    }

    @Test
    void a_gateway_user_that_is_also_a_partner_login_is_refused_at_construction() {
        assertThrows(IllegalArgumentException.class,
                () -> new BrokerLogins("bravo", new Secret(GATEWAY_PASSWORD), TestPartners.registry(ALPHA, BRAVO)));
    }

    private static Partner withoutPasswordHash(Partner partner) {
        Channel.JmsQueues jms = (Channel.JmsQueues) partner.channel();
        return new Partner(partner.id(), partner.name(), partner.kind(), partner.identities(),
                new Channel.JmsQueues(jms.user(), Optional.empty(), jms.inboundQueue(), jms.replyQueue()),
                partner.acknowledgments(), partner.codeLists(), partner.formats());
    }
}
