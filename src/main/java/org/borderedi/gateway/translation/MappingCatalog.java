package org.borderedi.gateway.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.runtime.ProjectFolders;

/**
 * Every mapping the gateway has, as listed in {@code mappings/translations.properties}, each compiled once when the
 * catalog is built (at start-up), so that no message waits for Smooks to read a configuration.
 */
public final class MappingCatalog {

    /** A compiled mapping with what it tells about the filings it makes. */
    public record Entry(MappingKey key, SourceFormat format, Mode defaultMode, MessageMapping mapping) {
    }

    private static final String LIST = "translations.properties";

    private final Map<MappingKey, Entry> entries;

    private MappingCatalog(Map<MappingKey, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /**
     * Loads and compiles every mapping the project's {@code mappings/} folder lists: each configuration once, however
     * many versions share it, and several at a time (compiling is most of the gateway's start-up).
     */
    public static MappingCatalog load(ProjectFolders folders) throws IOException {
        URL list = folders.mapping(LIST).orElseThrow(() -> new IOException("mappings/" + LIST + " is missing"));
        Properties lines = new Properties();
        try (InputStream in = list.openStream()) {
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, Line> parsed = new LinkedHashMap<>();
        for (String name : lines.stringPropertyNames()) {
            parsed.put(name, line(folders, name, lines.getProperty(name)));
        }
        Map<String, MessageMapping> compiled = compile(parsed.values().stream().map(Line::configuration).distinct().toList());
        Map<MappingKey, Entry> entries = new LinkedHashMap<>();
        for (Line line : parsed.values()) {
            entries.put(line.key(), new Entry(line.key(), line.format(), line.defaultMode(),
                    compiled.get(line.configuration().toString())));
        }
        return new MappingCatalog(entries);
    }

    private static Map<String, MessageMapping> compile(List<URL> configurations) throws IOException {
        ExecutorService compilers = Executors.newFixedThreadPool(
                Math.max(1, Math.min(configurations.size(), Runtime.getRuntime().availableProcessors())));
        try {
            Map<String, Future<MessageMapping>> pending = new LinkedHashMap<>();
            for (URL configuration : configurations) {
                pending.put(configuration.toString(), compilers.submit(() -> MessageMapping.load(configuration)));
            }
            Map<String, MessageMapping> compiled = new LinkedHashMap<>();
            for (Map.Entry<String, Future<MessageMapping>> mapping : pending.entrySet()) {
                compiled.put(mapping.getKey(), mapping.getValue().get());
            }
            return compiled;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling the mappings", e);
        } finally {
            compilers.shutdownNow();
        }
    }

    /** One line of the list, read but not compiled yet. */
    private record Line(MappingKey key, SourceFormat format, Mode defaultMode, URL configuration) {
    }

    /**
     * One line: {@code SYNTAX.MESSAGE.VERSION = MODE configuration-under-mappings}, e.g.
     * {@code X12.309.004010 = SEA x12/309-to-canonical.xml}.
     */
    private static Line line(ProjectFolders folders, String name, String value) throws IOException {
        String[] key = name.split("\\.", 3);
        String[] target = value.trim().split("\\s+");
        if (key.length != 3 || target.length != 2) {
            throw new IOException("mappings/" + LIST + ": '" + name + " = " + value
                    + "' is not 'SYNTAX.MESSAGE.VERSION = MODE configuration'");
        }
        Syntax syntax = Syntax.valueOf(key[0]);
        URL configuration = folders.mapping(target[1])
                .orElseThrow(() -> new IOException("mappings/" + LIST + " names mappings/" + target[1] + ", which is missing"));
        MappingKey mappingKey = new MappingKey(syntax, key[1], key[2]);
        SourceFormat format = new SourceFormat(syntax.name().replace('_', '-'), key[1], key[2]);
        return new Line(mappingKey, format, Mode.valueOf(target[0]), configuration);
    }

    public Optional<Entry> find(MappingKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Map<MappingKey, Entry> entries() {
        return entries;
    }
}
