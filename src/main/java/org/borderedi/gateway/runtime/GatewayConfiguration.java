package org.borderedi.gateway.runtime;

import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import java.io.IOException;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Service;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.service.ServiceSupport;
import org.borderedi.gateway.broker.BrokerConnections;
import org.borderedi.gateway.broker.BrokerHealthCheck;
import org.borderedi.gateway.broker.EmbeddedBroker;
import org.borderedi.gateway.broker.TransactedJms;
import org.borderedi.gateway.intake.Archive;
import org.borderedi.gateway.intake.ClaimedUploads;
import org.borderedi.gateway.intake.CompleteUploadFilter;
import org.borderedi.gateway.intake.ErrorArea;
import org.borderedi.gateway.intake.IntakeSettings;
import org.borderedi.gateway.intake.JmsFilings;
import org.borderedi.gateway.intake.PartnerChannelRoutes;
import org.borderedi.gateway.intake.PendingClaims;
import org.borderedi.gateway.intake.RemoteDropFilter;
import org.borderedi.gateway.intake.RemoteTakes;
import org.borderedi.gateway.intake.UploadClaims;
import org.borderedi.gateway.journal.JdbcControlNumbers;
import org.borderedi.gateway.journal.JdbcInterchangeHistory;
import org.borderedi.gateway.journal.Journal;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.partners.Secret;
import org.borderedi.gateway.sftp.EmbeddedSftpServer;
import org.borderedi.gateway.sftp.SftpServerHealthCheck;
import org.borderedi.gateway.sftp.UploadTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles the gateway from its configuration: the partner registry, the journal, the broker (embedded unless an
 * external one is configured) and the JMS component on top of it, the embedded SFTP server, the intake and filing-flow
 * beans the routes call, and one channel route per partner. The servers start here, before any route: one that cannot start (a port in use, a
 * data directory locked by another gateway) stops the gateway with its reason. Registered as Camel services, they
 * stop after the routes, in reverse order.
 */
public final class GatewayConfiguration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayConfiguration.class);

    @Override
    public void configure(CamelContext context) throws Exception {
        GatewaySettings settings = GatewaySettings.from(context.getPropertiesComponent());
        DataDirectory data = settings.dataDirectory();
        PartnerRegistry partners = PartnerRegistrySource.load(settings.partnersFile());
        Registry beans = context.getRegistry();
        beans.bind("partnerRegistry", partners);
        ReadyAnnouncement ready = new ReadyAnnouncement(partners.all().size());
        context.addStartupListener(ready);

        Journal journal = started(context, new Journal(settings.journal(data)));
        beans.bind("journal", journal);
        JdbcControlNumbers controlNumbers = new JdbcControlNumbers(journal.dataSource());
        beans.bind("controlNumbers", controlNumbers);
        JdbcInterchangeHistory history = new JdbcInterchangeHistory(journal.dataSource(), settings.duplicateWindow(), Clock.systemUTC());
        int forgotten = history.prune();
        if (forgotten > 0) {
            LOG.info("Forgot {} interchanges received more than {} ago", forgotten, settings.duplicateWindow());
        }
        beans.bind("interchangeHistory", history);
        beans.bind("gatewayIdentity", settings.identity());

        ConnectionFactory connections = broker(context, settings, data, partners, ready);
        context.addComponent("jms", TransactedJms.component(connections));

        FileSizeLimit sizeLimit = settings.fileSizeLimit();
        if (sizeLimit.lowered()) {
            LOG.warn(sizeLimit.explanation());
        }
        UploadTracker uploads = new UploadTracker();
        if (settings.embeddedSftpEnabled()) {
            EmbeddedSftpServer sftp = started(context, new EmbeddedSftpServer(settings.sftpServer(data), partners, uploads));
            beans.bind("sftpServer", sftp);
            beans.bind("sftpServerHealth", new SftpServerHealthCheck(sftp));
            ready.add("SFTP", "sftp://" + sftp.host() + ":" + sftp.port());
        }
        intake(beans, settings.intake(data), data, partners, uploads, settings.brokerUser());
        FilingFlow.bind(beans, settings, data, partners, journal, history, controlNumbers);
        ready.add("health", "http://" + settings.healthAddress() + "/health");
        ready.add("data", data.root().toString());

        if (System.getProperty("gateway.failpoint") != null) {
            context.getManagementStrategy().addEventNotifier(new FailpointNotifier());
        }
    }

    /** The embedded broker unless {@code gateway.broker.url} names another; either way a pooled factory onto it. */
    private static ConnectionFactory broker(
            CamelContext context, GatewaySettings settings, DataDirectory data, PartnerRegistry partners,
            ReadyAnnouncement ready) throws Exception {
        String url;
        Secret password;
        if (settings.externalBrokerUrl().isPresent()) {
            url = settings.externalBrokerUrl().get();
            password = settings.brokerPassword().orElseThrow(() -> new IllegalArgumentException(
                    "gateway.broker.password is required with an external broker (gateway.broker.url)"));
            ready.add("broker", url + " (external)");
        } else {
            // the gateway's own login to its own broker: nobody else needs it, so by default it lives for one run
            password = settings.brokerPassword().orElseGet(Secret::random);
            EmbeddedBroker broker = started(context, new EmbeddedBroker(settings.embeddedBroker(data, password), partners));
            context.getRegistry().bind("embeddedBroker", broker);
            url = broker.vmUrl();
            ready.add("broker", broker.tcpUrl());
        }
        ConnectionFactory connections = BrokerConnections.pooled(settings.brokerClient(url, password));
        // services stop in reverse order: the pool closes before the embedded broker goes away
        context.addService(new ConnectionPool(connections));
        context.getRegistry().bind("brokerHealth", new BrokerHealthCheck(url, connections));
        return connections;
    }

    /**
     * Starts a server now rather than leaving it to Camel, which starts added services later and does not stop the
     * start-up when one of them fails; Camel still stops it at shutdown.
     */
    private static <S extends Service> S started(CamelContext context, S server) throws Exception {
        server.start();
        context.addService(server, true, false);
        return server;
    }

    private static void intake(Registry beans, IntakeSettings intake, DataDirectory data, PartnerRegistry partners,
            UploadTracker uploads, String gatewayUser) throws IOException {
        PendingClaims pending = new PendingClaims();
        Archive archive = new Archive(data.root());
        ErrorArea errors = new ErrorArea(data.root());
        RemoteTakes remoteTakes = new RemoteTakes(data.root(), intake.remoteTakeRetention());
        int pruned = remoteTakes.prune();
        if (pruned > 0) {
            LOG.info("Forgot {} remote files taken more than {} ago", pruned, intake.remoteTakeRetention());
        }
        beans.bind("archive", archive);
        beans.bind("completeUploads", new CompleteUploadFilter(intake.temporaryNames(), uploads, pending));
        beans.bind("remoteDrops", new RemoteDropFilter(intake.temporaryNames(), intake.maxFileBytes()));
        beans.bind("uploadClaims", new UploadClaims(uploads, pending, intake));
        beans.bind("claimedUploads", new ClaimedUploads(archive, errors, remoteTakes, pending, uploads, partners, intake));
        beans.bind("jmsFilings", new JmsFilings(archive, errors, partners, intake, gatewayUser));
        beans.bind("partnerChannelRoutes",
                new PartnerChannelRoutes(partners, intake, data.knownHosts(), data.downloads(), data.outboundRemote()));
    }

    /** Closes the pooled broker connections when Camel stops. */
    private static final class ConnectionPool extends ServiceSupport {
        private final ConnectionFactory connections;

        ConnectionPool(ConnectionFactory connections) {
            this.connections = connections;
        }

        @Override
        protected void doStop() {
            BrokerConnections.close(connections);
        }
    }
}
