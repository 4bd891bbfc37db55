package org.borderedi.gateway.broker;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.TransportConnector;
import org.apache.activemq.security.AuthorizationPlugin;
import org.apache.activemq.store.kahadb.KahaDBPersistenceAdapter;
import org.apache.activemq.usage.SystemUsage;
import org.apache.camel.support.service.ServiceSupport;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ActiveMQ Classic broker the gateway runs in its own process when no external broker is configured: persistent,
 * reachable only on one TCP address (and in-process), and open only to the gateway and the registry's JMS partners,
 * each confined to its own queues.
 */
public final class EmbeddedBroker extends ServiceSupport {

    public static final String BROKER_NAME = "border-gateway";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final EmbeddedBrokerSettings settings;
    private final PartnerRegistry registry;
    private final BrokerLogins logins;
    private volatile BrokerService broker;
    private volatile String tcpUrl;

    public EmbeddedBroker(EmbeddedBrokerSettings settings, PartnerRegistry registry) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.registry = Objects.requireNonNull(registry, "registry");
        // Checked here so that a gateway user clashing with a partner's login fails at wiring time.
        this.logins = new BrokerLogins(settings.gatewayUser(), settings.gatewayPassword(), registry);
    }

    /** Starts the broker and returns once it accepts connections. */
    @Override
    protected void doStart() throws Exception {
        // A BrokerService cannot be started twice, so every start builds a new one on the same data directory.
        BrokerService service = configuredBroker();
        TransportConnector connector = service.addConnector(bindUri(settings.port()));
        connector.setName("tcp");
        try {
            service.start();
            if (!service.waitUntilStarted()) {
                throw new IllegalStateException("the embedded broker did not start", service.getStartException());
            }
        } catch (Exception e) {
            stopAndWait(service);
            throw e;
        }
        tcpUrl = bindUri(connector.getServer().getSocketAddress().getPort()).toString();
        broker = service;
        LOG.info("Embedded broker {} listening on {} with data in {}", BROKER_NAME, tcpUrl, settings.dataDir());
    }

    /** Stops the broker and returns once it has let go of its port and data directory. */
    @Override
    protected void doStop() throws Exception {
        BrokerService service = broker;
        broker = null;
        tcpUrl = null;
        if (service != null) {
            stopAndWait(service);
            LOG.info("Embedded broker {} stopped", BROKER_NAME);
        }
    }

    /** The address external clients use, {@code tcp://<host>:<bound port>}; only while the broker runs. */
    public String tcpUrl() {
        String url = tcpUrl;
        if (url == null) {
            throw new IllegalStateException("the embedded broker is not running");
        }
        return url;
    }

    /**
     * The in-process address of this broker. It never starts a broker of its own: connecting while this one is
     * stopped fails instead of silently creating an empty, unsecured second broker.
     */
    public String vmUrl() {
        return "vm://" + BROKER_NAME + "?create=false";
    }

    public boolean isRunning() {
        BrokerService service = broker;
        return service != null && service.isStarted() && !service.isStopping();
    }

    private BrokerService configuredBroker() throws IOException {
        BrokerService service = new BrokerService();
        service.setBrokerName(BROKER_NAME);
        service.setUseJmx(false);
        service.setUseShutdownHook(false);
        service.setSchedulerSupport(false);
        service.setDataDirectoryFile(settings.dataDir().toFile());
        service.setTmpDataDirectory(settings.dataDir().resolve("tmp").toFile());

        KahaDBPersistenceAdapter kahaDb = new KahaDBPersistenceAdapter();
        kahaDb.setDirectory(settings.dataDir().resolve("kahadb").toFile());
        // Another broker holding the directory is a mistake here, not a master to wait for as a standby forever.
        kahaDb.getLocker().setFailIfLocked(true);
        service.setPersistent(true);
        service.setPersistenceAdapter(kahaDb);

        SystemUsage usage = service.getSystemUsage();
        usage.getMemoryUsage().setLimit(settings.memoryLimitBytes());
        usage.getStoreUsage().setLimit(settings.storeLimitBytes());
        usage.getTempUsage().setLimit(settings.tempLimitBytes());

        service.setDestinationPolicy(DeadLetterPolicy.perDestination());
        // JMSXUserID is the connection's user name, which BrokerLoginFilter has verified; stamping it from the
        // authenticated principal instead would need the optional activemq-jaas classes.
        service.setPopulateJMSXUserID(true);
        service.setPlugins(new BrokerPlugin[] {
            new BrokerLoginPlugin(logins),
            new AuthorizationPlugin(QueueAccessPolicy.from(registry)),
        });
        return service;
    }

    private URI bindUri(int port) {
        try {
            return new URI("tcp", null, settings.host(), port, null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable broker host: " + settings.host(), e);
        }
    }

    private static void stopAndWait(BrokerService service) throws Exception {
        service.stop();
        service.waitUntilStopped();
    }
}
