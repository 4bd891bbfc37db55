package org.borderedi.gateway.runtime;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.StartupListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says, in one log line once everything has started, that the gateway is ready and where it can be reached. */
final class ReadyAnnouncement implements StartupListener {

    private static final Logger LOG = LoggerFactory.getLogger("gateway");

    private final List<String> endpoints = new ArrayList<>();
    private final int partners;

    ReadyAnnouncement(int partners) {
        this.partners = partners;
    }

    /** Adds one "what: where" part to the announcement. */
    void add(String what, String where) {
        endpoints.add(what + " " + where);
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // routes may still be starting: wait for onCamelContextFullyStarted
    }

    /**
     * Ready means every route runs. A route whose endpoint is down is retried with back-off by the supervising route
     * controller, and is named here so that a gateway which is not yet doing all its work never looks ready.
     */
    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        List<String> notRunning = context.getRoutes().stream()
                .map(Route::getRouteId)
                .filter(id -> context.getRouteController().getRouteStatus(id) != ServiceStatus.Started)
                .sorted()
                .toList();
        if (notRunning.isEmpty()) {
            LOG.info("Border EDI Gateway ready: {} partners; {}", partners, String.join("; ", endpoints));
        } else {
            LOG.warn("Border EDI Gateway started, but these routes are not running yet and are retried with back-off: {}; {}",
                    String.join(", ", notRunning), String.join("; ", endpoints));
        }
    }
}
