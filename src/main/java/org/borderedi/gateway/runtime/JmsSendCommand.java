package org.borderedi.gateway.runtime;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.borderedi.gateway.partners.Secret;

/**
 * {@code jms-send QUEUE FILE --user U --password P}: puts a file on a queue as a text message, the way a partner's own
 * JMS client would (for demos and tests of a partner's set-up). It logs in as the given user, so the broker's access
 * rules apply exactly as they do to that partner.
 */
final class JmsSendCommand {

    private JmsSendCommand() {
    }

    static int run(CommandLine line, PrintStream out) throws IOException, JMSException, CommandLine.Unusable {
        String queue = line.arguments().get(0);
        Path file = Path.of(line.arguments().get(1));
        String user = line.option("user").orElseThrow(() -> new CommandLine.Unusable("jms-send needs --user"));
        String password = line.option("password").orElseThrow(() -> new CommandLine.Unusable("jms-send needs --password"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (CommandSettings command = new CommandSettings(line.config())) {
            GatewaySettings settings = command.settings();
            String url = settings.externalBrokerUrl().orElseGet(() -> {
                // only where the embedded broker listens matters here: the login is the partner's own
                var embedded = settings.embeddedBroker(settings.dataDirectory(), Secret.random());
                return "tcp://" + embedded.host() + ":" + embedded.port();
            });
            try (Connection connection = new ActiveMQConnectionFactory(user, password, url).createConnection()) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                TextMessage message = session.createTextMessage(text);
                session.createProducer(session.createQueue(queue)).send(message);
                out.println("Sent " + file + " to " + queue + " as " + user + ": " + message.getJMSMessageID());
            }
        }
        return 0;
    }
}
