package org.borderedi.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderedi.gateway.partners.RegistryYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tail-queue command shows what waits on a queue, headers and body, and leaves it there. */
class TailQueueCommandTest {

    @TempDir
    Path tmp;

    @Test
    void shows_the_shipments_waiting_for_targeting_without_taking_them() throws Exception {
        try (RunningGateway gateway = RunningGateway.start(tmp.resolve("data"),
                RegistryYaml.of(RegistryYaml.sftpForwarder("acme", "acme-test-password")), RunningGateway.INTAKE_ONLY);
                Connection jms = gateway.jmsAsGateway()) {
            Session session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage shipment = session.createTextMessage("<Filing xmlns=\"urn:borderedi:canonical:1\"/>");
            shipment.setStringProperty("bill", "MAEU123456789");
            session.createProducer(session.createQueue("tail.test")).send(shipment);
            Path config = Files.writeString(tmp.resolve("tail.properties"), String.join("\n",
                    "gateway.broker.url = " + gateway.brokerUrl(),
                    "gateway.broker.password = " + RunningGateway.GATEWAY_PASSWORD));

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int exit = TailQueueCommand.run(CommandLine.parse(java.util.List.of("tail-queue", "tail.test", "--config", config.toString())),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            String out = printed.toString(StandardCharsets.UTF_8);
            assertEquals(0, exit);
            assertTrue(out.contains("bill: MAEU123456789") && out.contains("<Filing xmlns=\"urn:borderedi:canonical:1\"/>")
                    && out.contains("1 message(s) waiting on tail.test"), out);
            assertNotNull(session.createConsumer(session.createQueue("tail.test")).receive(5000), "the command took the message");
        }
    }
}
