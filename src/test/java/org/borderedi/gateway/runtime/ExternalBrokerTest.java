package org.borderedi.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.Map;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.borderedi.gateway.broker.EmbeddedBroker;
import org.borderedi.gateway.broker.EmbeddedBrokerSettings;
import org.borderedi.gateway.intake.IntakeHeaders;
import org.borderedi.gateway.intake.JmsFilings;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.partners.PartnerRegistryLoader;
import org.borderedi.gateway.partners.RegistryYaml;
import org.borderedi.gateway.partners.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same gateway, pointed by configuration at a broker it does not run itself. */
class ExternalBrokerTest {

    private static final String CARRIER_PASSWORD = "carrier-test-password";
    private static final String GATEWAY_PASSWORD = "external-gateway-password";

    @TempDir
    Path tmp;

    @Test
    void takes_filings_through_an_external_broker_and_runs_no_broker_of_its_own() throws Exception {
        String registry = RegistryYaml.of(RegistryYaml.jmsCarrier("carrier", "XT", CARRIER_PASSWORD));
        PartnerRegistry partners = new PartnerRegistryLoader().load("test", new java.io.ByteArrayInputStream(registry.getBytes()));
        EmbeddedBroker external = new EmbeddedBroker(new EmbeddedBrokerSettings(tmp.resolve("external-broker"), "127.0.0.1",
                0, 64L << 20, 512L << 20, 64L << 20, "gateway", new Secret(GATEWAY_PASSWORD)), partners);
        external.start();
        try (RunningGateway gateway = RunningGateway.start(tmp.resolve("data"), registry, Map.of(
                "gateway.broker.url", external.tcpUrl(),
                "gateway.broker.password", GATEWAY_PASSWORD,
                "gateway.sftp.enabled", "false",
                RunningGateway.PROCESSING, "false"));
                Connection carrier = new ActiveMQConnectionFactory("carrier", CARRIER_PASSWORD, external.tcpUrl()).createConnection();
                Connection operator = new ActiveMQConnectionFactory("gateway", GATEWAY_PASSWORD, external.tcpUrl()).createConnection()) {
            assertNull(gateway.context().getRegistry().lookupByName("embeddedBroker"), "the gateway started a broker of its own");
            carrier.start();
            operator.start();
            Session carrierSession = carrier.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message filing = carrierSession.createTextMessage("FWB/17\n");
            filing.setStringProperty(JmsFilings.FILE_NAME_PROPERTY, "EXTERNAL-FWB");
            carrierSession.createProducer(carrierSession.createQueue("partner.carrier.filings")).send(filing);

            Session session = operator.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer received = RunningGateway.receivedNamed(session, "EXTERNAL-FWB")) {
                Message message = received.receive(20_000);
                assertNotNull(message, "no intake message through the external broker");
                assertEquals("carrier", message.getStringProperty(IntakeHeaders.PARTNER_ID));
            }
        } finally {
            external.stop();
        }
    }
}
