package org.borderedi.gateway.runtime;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named places where a crash test may catch the gateway mid-work: when the system property {@code gateway.failpoint}
 * names one, the thread that reaches it announces it on the log and stops there, so the test can kill the process
 * (SIGKILL) at exactly that moment. Without the property this does nothing.
 */
public final class Failpoints {

    private static final Logger LOG = LoggerFactory.getLogger(Failpoints.class);
    private static final String ARMED = System.getProperty("gateway.failpoint");

    private Failpoints() {
    }

    public static void reach(String name) {
        if (!name.equals(ARMED)) {
            return;
        }
        LOG.error("FAILPOINT {} reached: holding here until the process is killed", name);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("failpoint " + name + " interrupted", e);
        }
    }
}
