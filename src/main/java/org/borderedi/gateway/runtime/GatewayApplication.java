package org.borderedi.gateway.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.main.Main;

/**
 * The gateway as a Camel Main application: configuration from application.properties (plus an optional
 * {@code --config} file), routes from {@code routes/} (see {@link ProjectFolders}), and everything else assembled by
 * {@link GatewayConfiguration}.
 */
public final class GatewayApplication {

    private GatewayApplication() {
    }

    /** Camel takes a key from the first location that has it: the operator's file goes first. */
    static String propertyLocations(Optional<Path> configFile) {
        return configFile.map(file -> "file:" + file.toAbsolutePath() + ",").orElse("") + "classpath:application.properties";
    }

    /**
     * @param configFile a properties file whose keys override application.properties
     * @param overrides  keys that override everything, for tests that boot the gateway in-process
     */
    public static Main create(Optional<Path> configFile, Map<String, String> overrides) {
        Main main = new Main();
        main.setPropertyPlaceholderLocations(propertyLocations(configFile));
        main.configure().withRoutesIncludePattern(ProjectFolders.ofWorkingDirectory().routesPattern());
        main.configure().addConfiguration(new GatewayConfiguration());
        overrides.forEach(main::addOverrideProperty);
        return main;
    }
}
