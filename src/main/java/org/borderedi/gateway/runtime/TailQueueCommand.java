package org.borderedi.gateway.runtime;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.PrintStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.borderedi.gateway.broker.BrokerConnections;
import org.borderedi.gateway.partners.Secret;

/**
 * {@code tail-queue QUEUE}: shows what waits on one of the gateway's queues (the canonical shipments on
 * {@code targeting.filings}, the answers on {@code gateway.outbound}, a dead-letter queue) without taking anything: it
 * browses the queue as the gateway, with the broker login of the configuration. Exit code 0, or 2 when the broker
 * cannot be reached or the login is refused.
 */
final class TailQueueCommand {

    private static final List<String> SHOWN_HEADERS = List.of("receiptId", "partnerId", "filingId", "consignmentId",
            "bill", "masterBill", "programmes", "documentKind", "fileName", "dlqDeliveryFailureCause");

    private TailQueueCommand() {
    }

    static int run(CommandLine line, PrintStream out) throws JMSException {
        String queue = line.arguments().get(0);
        try (CommandSettings command = new CommandSettings(line.config())) {
            GatewaySettings settings = command.settings();
            Secret password = settings.brokerPassword().orElseThrow(() -> new IllegalArgumentException(
                    "the broker password is needed: set gateway.broker.password (GATEWAY_BROKER_PASSWORD) as the gateway has it"));
            String url = settings.externalBrokerUrl().orElseGet(() -> {
                var embedded = settings.embeddedBroker(settings.dataDirectory(), password);
                return "tcp://" + embedded.host() + ":" + embedded.port();
            });
            ConnectionFactory factory = BrokerConnections.pooled(settings.brokerClient(url, password));
            try (Connection connection = factory.createConnection()) {
                connection.start();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                try (QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
                    int count = 0;
                    for (Message message : Collections.list(messages(browser))) {
                        count++;
                        print(out, count, message);
                    }
                    out.println(count + " message(s) waiting on " + queue);
                }
            } finally {
                BrokerConnections.close(factory);
            }
        }
        return 0;
    }

    private static void print(PrintStream out, int number, Message message) throws JMSException {
        out.println("--- " + number + " " + message.getJMSMessageID());
        for (String header : SHOWN_HEADERS) {
            Object value = message.getObjectProperty(header);
            if (value != null) {
                out.println(header + ": " + value);
            }
        }
        if (message instanceof TextMessage text) {
            out.println(text.getText());
        }
    }

    @SuppressWarnings("unchecked")
    private static Enumeration<Message> messages(QueueBrowser browser) throws JMSException {
        return (Enumeration<Message>) browser.getEnumeration();
    }
}
