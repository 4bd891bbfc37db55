package org.borderedi.gateway.edi.x12;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.borderedi.gateway.edi.CompiledSchema;
import org.borderedi.gateway.runtime.ProjectFolders;

/**
 * The StAEDI schemas of the transaction sets the gateway reads (309 and 358, version 004010), loaded once from
 * {@code mappings/x12/} and shared: a loaded schema is immutable and safe to use from several threads.
 */
final class X12Schemas {

    /** StAEDI logs every segment a schema defines but does not use; the shared segment file defines many. */
    private static final Logger SCHEMA_READER_LOG = Logger.getLogger("io.xlate.edi.internal.schema.SchemaReaderBase");

    static {
        SCHEMA_READER_LOG.setLevel(Level.WARNING);
        warmUp();
    }

    private final Map<String, Schema> byType;
    private final Map<String, CompiledSchema> compiledByType;
    private final Map<String, Map<String, String>> loopOfSegment = new HashMap<>();
    private final Set<String> knownSegments = new HashSet<>();

    X12Schemas(Map<String, Schema> byType) {
        this(byType, compile(byType));
    }

    private X12Schemas(Map<String, Schema> byType, Map<String, CompiledSchema> compiledByType) {
        this.byType = Map.copyOf(byType);
        this.compiledByType = Map.copyOf(compiledByType);
        byType.forEach((type, schema) -> {
            Map<String, String> loops = new HashMap<>();
            collect(schema.getStandard(), null, loops);
            loopOfSegment.put(type, loops);
        });
    }

    private static Map<String, CompiledSchema> compile(Map<String, Schema> byType) {
        Map<String, CompiledSchema> compiled = new HashMap<>();
        byType.forEach((type, schema) -> CompiledSchema.compile(schema).ifPresent(c -> compiled.put(type, c)));
        return compiled;
    }

    /** The same schemas with StAEDI checking every set: what the quick proof is measured and tested against. */
    X12Schemas withoutProofs() {
        return new X12Schemas(byType, Map.of());
    }

    /** The 309 and 358 schemas of {@code mappings/x12/} in the working directory, or the copies in the jar. */
    static X12Schemas load() {
        return load(ProjectFolders.ofWorkingDirectory());
    }

    static X12Schemas load(ProjectFolders folders) {
        Map<String, Schema> schemas = new HashMap<>();
        schemas.put("309", read(folders, "x12/309-004010.xml"));
        schemas.put("358", read(folders, "x12/358-004010.xml"));
        return new X12Schemas(schemas);
    }

    Optional<Schema> forType(String transactionSetId) {
        return Optional.ofNullable(byType.get(transactionSetId));
    }

    /** The quick proof that a set of this type is clean, where its schema allows one. */
    Optional<CompiledSchema> compiledFor(String transactionSetId) {
        return Optional.ofNullable(compiledByType.get(transactionSetId));
    }

    /** The loop id (as on the transaction set diagram) a segment first occurs in, or null for the heading. */
    String loopOf(String transactionSetId, String segmentTag) {
        return loopOfSegment.getOrDefault(transactionSetId, Map.of()).get(segmentTag);
    }

    /** Whether the set's schema has this segment anywhere. */
    boolean definesSegment(String transactionSetId, String segmentTag) {
        return loopOfSegment.getOrDefault(transactionSetId, Map.of()).containsKey(segmentTag);
    }

    /** Whether any supported set defines this segment: a segment the gateway knows that is out of place in a set. */
    boolean isKnownSegment(String tag) {
        return knownSegments.contains(tag);
    }

    /** The loop id of a StAEDI loop code ("LOOP_LX" is loop LX). */
    static String loopId(String code) {
        return code != null && code.startsWith("LOOP_") ? code.substring(5) : code;
    }

    /**
     * StAEDI loads its own envelope schemas on first use into a static map that is not synchronized; reading one
     * envelope of each kind here (00401 without, 00501 with a repetition separator) loads them before any
     * concurrent use.
     */
    private static void warmUp() {
        for (X12Delimiters delimiters : List.of(X12Delimiters.DEFAULT.withoutRepetition(), X12Delimiters.DEFAULT)) {
            EnvelopedSet empty = new EnvelopedSet(delimiters, new EnvelopedSet.Segments() {
                @Override
                public String next() {
                    return null;
                }

                @Override
                public String closingTrailer() {
                    return null;
                }
            });
            try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(empty, "ISO-8859-1")) {
                while (reader.hasNext()) {
                    reader.next();
                }
            } catch (EDIStreamException | IOException e) {
                throw new IllegalStateException("StAEDI cannot read an X12 envelope", e);
            }
        }
    }

    private void collect(EDIComplexType type, String loop, Map<String, String> loops) {
        for (EDIReference reference : type.getReferences()) {
            EDIType child = reference.getReferencedType();
            if (child.getType() == EDIType.Type.SEGMENT) {
                knownSegments.add(child.getCode());
                loops.putIfAbsent(child.getCode(), loop);
            } else if (child.getType() == EDIType.Type.LOOP) {
                collect((EDIComplexType) child, loopId(child.getCode()), loops);
            }
        }
    }

    private static Schema read(ProjectFolders folders, String path) {
        URL url = folders.mapping(path).orElseThrow(() -> new IllegalStateException("mappings/" + path + " is missing"));
        SchemaFactory factory = SchemaFactory.newFactory();
        factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, directoryOf(url));
        try (InputStream in = url.openStream()) {
            return factory.createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mappings/" + path, e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("mappings/" + path + " is not a valid StAEDI schema: " + e.getMessage(), e);
        }
    }

    private static URL directoryOf(URL url) {
        String external = url.toExternalForm();
        try {
            return new URL(external.substring(0, external.lastIndexOf('/') + 1));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
