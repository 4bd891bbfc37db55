package org.borderedi.gateway.broker;

import static org.borderedi.gateway.broker.TestBroker.ALPHA_PASSWORD;
import static org.borderedi.gateway.broker.TestBroker.GATEWAY_PASSWORD;
import static org.borderedi.gateway.broker.TestBroker.GATEWAY_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import java.util.List;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The broker's door, over real TCP connections: who gets in, and what is logged when someone does not. */
class BrokerLoginFilterTest {

    @TempDir
    Path dataDir;

    private TestBroker broker;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger filterLogger = (Logger) LoggerFactory.getLogger(BrokerLoginFilter.class);

    @BeforeEach
    void start() {
        broker = TestBroker.startIn(dataDir);
        log.start();
        filterLogger.addAppender(log);
    }

    @AfterEach
    void stop() {
        filterLogger.detachAppender(log);
        broker.close();
    }

    @Test
    void refuses_an_anonymous_connection() {
        ActiveMQConnectionFactory anonymous = new ActiveMQConnectionFactory(broker.tcpUrl());

        assertRefused(anonymous, "(none)");
    }

    @Test
    void refuses_a_partner_with_a_wrong_password() {
        assertRefused(broker.client("alpha", ALPHA_PASSWORD + "x"), "'alpha'");
    }

    @Test
    void refuses_a_partner_presenting_another_partners_password() {
        assertRefused(broker.client("bravo", ALPHA_PASSWORD), "'bravo'");
    }

    @Test
    void refuses_an_unknown_user() {
        assertRefused(broker.client("mallory", ALPHA_PASSWORD), "'mallory'");
    }

    @Test
    void refuses_the_gateway_user_with_a_wrong_password() {
        assertRefused(broker.client(GATEWAY_USER, "not-" + GATEWAY_PASSWORD), "'" + GATEWAY_USER + "'");
    }

    @Test
    void accepts_the_gateway_and_a_partner_with_their_passwords() throws Exception {
        startAndClose(broker.client(GATEWAY_USER, GATEWAY_PASSWORD));
        startAndClose(broker.client("alpha", ALPHA_PASSWORD));

        assertTrue(log.list.isEmpty(), "no refusal logged");
    }

    @Test
    void logs_one_warning_per_refusal_naming_the_user_and_address_but_never_the_password() {
        String password = "secret-" + ALPHA_PASSWORD;
        assertRefused(broker.client("alpha", password), "'alpha'");

        List<ILoggingEvent> refusals = log.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertEquals(1, refusals.size(), () -> "warnings: " + refusals);
        String line = refusals.get(0).getFormattedMessage();
        assertTrue(line.contains("'alpha'"), line);
        assertTrue(line.contains("127.0.0.1"), line);
        assertFalse(line.contains(password), line);
    }

    @Test
    void logs_a_hostile_user_name_on_one_line_and_shortened() {
        String printable = BrokerLoginFilter.printable("eve\nINFO forged line" + "x".repeat(100));

        assertFalse(printable.contains("\n"), printable);
        assertTrue(printable.startsWith("'eve\\u000aINFO forged line"), printable);
        assertTrue(printable.endsWith("...'"), printable);
        assertEquals("(none)", BrokerLoginFilter.printable(null));
    }

    /**
     * The connection is refused: the client sees the broker's security exception or, when the broker had closed the
     * refused connection before the client read its answer (seen once on a loaded machine: "Disposed due to prior
     * exception" after an EOF), a failed connection; then the broker must have logged the refusal.
     */
    private void assertRefused(ActiveMQConnectionFactory factory, String loggedUser) {
        JMSException failure = assertThrows(JMSException.class, () -> startAndClose(factory));
        if (!(failure instanceof JMSSecurityException)) {
            assertTrue(log.list.stream().anyMatch(e -> e.getLevel() == Level.WARN
                    && e.getFormattedMessage().startsWith("Refused broker login for user " + loggedUser)),
                    () -> "not refused but " + failure + "; log: " + log.list);
        }
    }

    private static void startAndClose(ActiveMQConnectionFactory factory) throws Exception {
        try (Connection connection = factory.createConnection()) {
            connection.start();
        }
    }
}
