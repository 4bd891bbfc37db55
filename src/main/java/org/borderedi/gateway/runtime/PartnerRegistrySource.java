package org.borderedi.gateway.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.partners.PartnerRegistryLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the partner registry named by {@code gateway.partners.file}, or the demo registry when none is named. */
final class PartnerRegistrySource {

    static final String DEMO_REGISTRY = "demo-partners.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(PartnerRegistrySource.class);

    private PartnerRegistrySource() {
    }

    static PartnerRegistry load(Optional<Path> file) {
        PartnerRegistryLoader loader = new PartnerRegistryLoader();
        if (file.isPresent()) {
            PartnerRegistry registry = loader.load(file.get());
            LOG.info("Partner registry {}: {} partners", file.get(), registry.all().size());
            return registry;
        }
        LOG.warn("Using the DEMO partner registry: its passwords are published in the README. "
                + "Set gateway.partners.file to your own registry for anything but a demo on this machine.");
        try (InputStream in = PartnerRegistrySource.class.getClassLoader().getResourceAsStream(DEMO_REGISTRY)) {
            return loader.load("classpath:" + DEMO_REGISTRY, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
