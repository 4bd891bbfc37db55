package org.borderedi.gateway.broker;

import jakarta.jms.ConnectionFactory;
import java.util.List;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.ActiveMQSslConnectionFactory;
import org.apache.activemq.RedeliveryPolicy;
import org.borderedi.gateway.broker.BrokerClientSettings.Redelivery;
import org.borderedi.gateway.broker.BrokerClientSettings.TlsSettings;
import org.messaginghub.pooled.jms.JmsPoolConnectionFactory;

/**
 * Builds the one connection factory the gateway uses for every JMS consumer and producer: pooled (a new broker
 * connection per exchange costs a login, and with it a slow password check), with our redelivery policy, and
 * refusing to deserialize any Java object a partner might send.
 */
public final class BrokerConnections {

    /** How long a new connection waits for the broker to accept its login before it gives up. */
    static final int CONNECT_RESPONSE_TIMEOUT_MILLIS = 15_000;

    private BrokerConnections() {
    }

    /** A pooled factory for the broker; close it with {@link #close(ConnectionFactory)} when the gateway stops. */
    public static ConnectionFactory pooled(BrokerClientSettings settings) {
        JmsPoolConnectionFactory pool = new JmsPoolConnectionFactory();
        pool.setConnectionFactory(activeMq(settings));
        pool.setMaxConnections(settings.maxConnections());
        return pool;
    }

    /** Closes every pooled connection; a factory that is not ours is left alone. */
    public static void close(ConnectionFactory factory) {
        if (factory instanceof JmsPoolConnectionFactory pool) {
            pool.stop();
        }
    }

    static ActiveMQConnectionFactory activeMq(BrokerClientSettings settings) {
        ActiveMQConnectionFactory factory = settings.tls()
                .<ActiveMQConnectionFactory>map(tls -> withTls(settings.url(), tls))
                .orElseGet(() -> new ActiveMQConnectionFactory(settings.url()));
        factory.setUserName(settings.user());
        factory.setPassword(settings.password().value());
        factory.setRedeliveryPolicy(redeliveryPolicy(settings.redelivery()));
        // ObjectMessage payloads would be Java deserialization of partner-controlled bytes: no class is trusted.
        factory.setTrustAllPackages(false);
        factory.setTrustedPackages(List.of());
        factory.setConnectResponseTimeout(CONNECT_RESPONSE_TIMEOUT_MILLIS);
        return factory;
    }

    static RedeliveryPolicy redeliveryPolicy(Redelivery redelivery) {
        RedeliveryPolicy policy = new RedeliveryPolicy();
        policy.setMaximumRedeliveries(redelivery.maximumRedeliveries());
        policy.setInitialRedeliveryDelay(redelivery.initialDelay().toMillis());
        policy.setRedeliveryDelay(redelivery.initialDelay().toMillis());
        policy.setUseExponentialBackOff(redelivery.multiplier() > 1.0);
        policy.setBackOffMultiplier(redelivery.multiplier());
        policy.setMaximumRedeliveryDelay(redelivery.maximumDelay().toMillis());
        return policy;
    }

    private static ActiveMQSslConnectionFactory withTls(String url, TlsSettings tls) {
        ActiveMQSslConnectionFactory factory = new ActiveMQSslConnectionFactory(url);
        try {
            factory.setTrustStore(tls.trustStore().toAbsolutePath().toString());
            factory.setTrustStorePassword(tls.trustStorePassword().value());
            if (tls.keyStore().isPresent()) {
                factory.setKeyStore(tls.keyStore().get().toAbsolutePath().toString());
                factory.setKeyStorePassword(tls.keyStorePassword().orElseThrow().value());
            }
        } catch (Exception e) {
            // The setters only record the location; the stores are read when the first connection is made.
            throw new IllegalArgumentException("cannot use the TLS stores " + tls, e);
        }
        return factory;
    }
}
