package org.borderedi.gateway.runtime;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the gateway reads {@code routes/} and {@code mappings/} from: the working directory's folder when there is
 * one (an operator can edit it without rebuilding), otherwise the copy packaged in the jar (the jar runs from
 * anywhere).
 */
public final class ProjectFolders {

    private final Path workingDirectory;

    public ProjectFolders(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The folders of the directory the gateway was started in. */
    public static ProjectFolders ofWorkingDirectory() {
        return new ProjectFolders(Path.of(""));
    }

    /** Camel's include pattern for the YAML routes. */
    public String routesPattern() {
        Path routes = workingDirectory.resolve("routes");
        return Files.isDirectory(routes) ? "file:" + routes + "/*.yaml" : "classpath:routes/*.yaml";
    }

    /** A file under mappings/, such as {@code canonical/shipment.xsd}, if either copy has it. */
    public Optional<URL> mapping(String relativePath) {
        Path mappings = workingDirectory.resolve("mappings");
        Path file = mappings.resolve(relativePath).normalize();
        if (!file.startsWith(mappings)) {
            throw new IllegalArgumentException("not a path inside mappings/: " + relativePath);
        }
        if (Files.isDirectory(mappings)) {
            return Files.isRegularFile(file) ? Optional.of(url(file)) : Optional.empty();
        }
        return Optional.ofNullable(ProjectFolders.class.getClassLoader().getResource("mappings/" + relativePath));
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
