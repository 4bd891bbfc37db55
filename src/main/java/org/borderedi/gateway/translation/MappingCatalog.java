package org.borderedi.gateway.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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

    /** Loads and compiles every mapping the project's {@code mappings/} folder lists. */
    public static MappingCatalog load(ProjectFolders folders) throws IOException {
        URL list = folders.mapping(LIST).orElseThrow(() -> new IOException("mappings/" + LIST + " is missing"));
        Properties lines = new Properties();
        try (InputStream in = list.openStream()) {
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<MappingKey, Entry> entries = new LinkedHashMap<>();
        for (String name : lines.stringPropertyNames()) {
            Entry entry = entry(folders, name, lines.getProperty(name));
            entries.put(entry.key(), entry);
        }
        return new MappingCatalog(entries);
    }

    /**
     * One line: {@code SYNTAX.MESSAGE.VERSION = MODE configuration-under-mappings}, e.g.
     * {@code X12.309.004010 = SEA x12/309-to-canonical.xml}.
     */
    private static Entry entry(ProjectFolders folders, String name, String value) throws IOException {
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
        return new Entry(mappingKey, format, Mode.valueOf(target[0]), MessageMapping.load(configuration));
    }

    public Optional<Entry> find(MappingKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Map<MappingKey, Entry> entries() {
        return entries;
    }
}
