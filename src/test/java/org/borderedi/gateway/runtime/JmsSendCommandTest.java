package org.borderedi.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderedi.gateway.partners.RegistryYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jms-send command files as a partner's own JMS client would: with the partner's login, onto its queue. */
class JmsSendCommandTest {

    @TempDir
    Path tmp;

    @Test
    void a_file_sent_to_a_carriers_queue_with_its_login_is_taken_in() throws Exception {
        try (RunningGateway gateway = RunningGateway.start(tmp.resolve("data"),
                RegistryYaml.of(RegistryYaml.jmsCarrier("carrier", "XT", "carrier-test-password")), RunningGateway.INTAKE_ONLY);
                Connection jms = gateway.jmsAsGateway()) {
            Path config = Files.writeString(tmp.resolve("send.properties"), "gateway.broker.url = " + gateway.brokerUrl());
            Path fwb = Path.of("edi-samples/cargo-imp/fwb17-general.txt");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            int exit = JmsSendCommand.run(CommandLine.parse(List.of("jms-send", "partner.carrier.filings", fwb.toString(),
                    "--user", "carrier", "--password", "carrier-test-password", "--config", config.toString())),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertEquals(0, exit, printed.toString(StandardCharsets.UTF_8));
            Session session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer received = session.createConsumer(session.createQueue("gateway.received"), "partnerId = 'carrier'")) {
                Message intake = received.receive(20_000);
                assertNotNull(intake, "the sent file was not taken in");
                assertEquals(Files.size(fwb), intake.getLongProperty("sizeBytes"));
            }
        }
    }
}
