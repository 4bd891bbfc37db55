package org.borderedi.gateway.runtime;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
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

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        LOG.info("Border EDI Gateway ready: {} partners; {}", partners, String.join("; ", endpoints));
    }
}
