package org.borderedi.gateway.broker;

import static org.awaitility.Awaitility.await;
import static org.borderedi.gateway.broker.TestBroker.fastRedelivery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.ConnectionFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.camel.health.HealthCheck;
import org.borderedi.gateway.partners.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker health check against a running, a stopped, a refusing and a silent broker. */
class BrokerHealthCheckTest {

    @TempDir
    Path dataDir;

    private TestBroker broker;
    private ConnectionFactory pooled;

    @AfterEach
    void stop() {
        if (pooled != null) {
            BrokerConnections.close(pooled);
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void is_up_against_a_running_broker_and_names_its_url() {
        broker = TestBroker.startIn(dataDir);
        pooled = BrokerConnections.pooled(broker.gatewayClientSettings(fastRedelivery(1)));
        BrokerHealthCheck check = new BrokerHealthCheck(broker.tcpUrl(), pooled);

        HealthCheck.Result result = check.call();

        assertEquals(HealthCheck.State.UP, result.getState(), () -> result.getMessage().orElse(""));
        assertEquals("broker", result.getCheck().getId());
        assertEquals(broker.tcpUrl(), result.getDetails().get("url"));
    }

    @Test
    void goes_down_with_the_reason_once_the_broker_has_stopped() {
        broker = TestBroker.startIn(dataDir);
        String url = broker.tcpUrl();
        pooled = BrokerConnections.pooled(broker.gatewayClientSettings(fastRedelivery(1)));
        BrokerHealthCheck check = new BrokerHealthCheck(url, pooled);
        assertEquals(HealthCheck.State.UP, check.call().getState());

        broker.broker.stop();

        // The pool notices its broken connection asynchronously; the check must follow it down.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthCheck.Result result = check.call();
            assertEquals(HealthCheck.State.DOWN, result.getState());
            assertTrue(result.getMessage().isPresent(), "a reason");
            assertNotNull(result.getError().orElse(null));
            assertEquals(url, result.getDetails().get("url"));
        });
    }

    @Test
    void is_down_when_the_broker_refuses_the_login() {
        broker = TestBroker.startIn(dataDir);
        pooled = BrokerConnections.pooled(new BrokerClientSettings(broker.tcpUrl(), TestBroker.GATEWAY_USER,
                new Secret("wrong-password"), Optional.empty(), 1, fastRedelivery(1)));

        HealthCheck.Result result = new BrokerHealthCheck(broker.tcpUrl(), pooled).call();

        assertEquals(HealthCheck.State.DOWN, result.getState());
        assertTrue(result.getMessage().orElse("").contains("password is invalid"), result.getMessage().orElse(""));
    }

    @Test
    void is_down_rather_than_hanging_when_the_broker_never_answers() throws Exception {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        accepted.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "tcp://127.0.0.1:" + silent.getLocalPort();
            BrokerHealthCheck check = new BrokerHealthCheck(url,
                    new ActiveMQConnectionFactory("gateway-app", "pw", url), Duration.ofMillis(300));

            long started = System.nanoTime();
            HealthCheck.Result first = check.call();
            HealthCheck.Result second = check.call();

            assertEquals(HealthCheck.State.DOWN, first.getState());
            assertEquals(HealthCheck.State.DOWN, second.getState());
            assertTrue(first.getMessage().orElse("").contains("no answer"), first.getMessage().orElse(""));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(3)) < 0);
            assertEquals(1, accepted.size(), "a second probe while the first still waits");
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
