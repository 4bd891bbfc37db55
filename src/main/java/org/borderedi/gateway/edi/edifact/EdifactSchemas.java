package org.borderedi.gateway.edi.edifact;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderedi.gateway.edi.CompiledSchema;
import org.borderedi.gateway.edi.CompiledSegment;
import org.borderedi.gateway.runtime.ProjectFolders;

/**
 * The StAEDI schemas interchanges are read with, loaded once from {@code mappings/edifact/}: the service segments of
 * syntax versions 1-3 and 4, and CUSCAR in each directory the gateway supports.
 */
final class EdifactSchemas {

    /** The directories (UNH S009 0052:0054) CUSCAR is supported in. */
    static final Map<String, String> CUSCAR_DIRECTORIES = Map.of("D:95B", "edifact/cuscar-d95b.xml",
            "D:96A", "edifact/cuscar-d96a.xml", "D:03B", "edifact/cuscar-d03b.xml");

    private final Schema serviceVersion3;
    private final Schema serviceVersion4;
    private final Map<String, Schema> cuscar;
    /** The quick proofs of the message schemas, by schema; empty when proofs are off. */
    private final Map<Schema, CompiledSchema> compiled;
    /** The UNH and UNT of each service schema, compiled alone; empty when proofs are off. */
    private final Map<Schema, MessageEnvelope> envelopes;

    /** A service schema's message header and trailer, each compiled alone for the quick proof. */
    record MessageEnvelope(CompiledSegment header, CompiledSegment trailer) {
    }

    EdifactSchemas(ProjectFolders folders) {
        this(folders, true);
    }

    /** With {@code proofs} false, StAEDI checks every message: what the quick proof is measured and tested against. */
    EdifactSchemas(ProjectFolders folders, boolean proofs) {
        serviceVersion3 = load(folders, "edifact/service-v3.xml");
        serviceVersion4 = load(folders, "edifact/service-v4.xml");
        Map<String, Schema> byDirectory = new HashMap<>();
        CUSCAR_DIRECTORIES.forEach((directory, path) -> byDirectory.put(directory, load(folders, path)));
        cuscar = Map.copyOf(byDirectory);
        Map<Schema, CompiledSchema> proofsBySchema = new IdentityHashMap<>();
        if (proofs) {
            cuscar.values().forEach(schema -> CompiledSchema.compile(schema).ifPresent(c -> proofsBySchema.put(schema, c)));
        }
        compiled = proofsBySchema;
        Map<Schema, MessageEnvelope> envelopesBySchema = new IdentityHashMap<>();
        if (proofs) {
            for (Schema service : List.of(serviceVersion3, serviceVersion4)) {
                CompiledSegment.of(service, "UNH").ifPresent(header -> CompiledSegment.of(service, "UNT")
                        .ifPresent(trailer -> envelopesBySchema.put(service, new MessageEnvelope(header, trailer))));
            }
        }
        envelopes = envelopesBySchema;
    }

    /** The quick proof of a message's UNH and UNT in a syntax version, where the service schema allows one. */
    Optional<MessageEnvelope> messageEnvelope(int syntaxVersion) {
        return Optional.ofNullable(envelopes.get(service(syntaxVersion)));
    }

    /** The quick proof that a message of this schema is clean, where the schema allows one. */
    Optional<CompiledSchema> compiled(Schema messageSchema) {
        return Optional.ofNullable(compiled.get(messageSchema));
    }

    /** The control schema for a syntax version (1 to 3 share one). */
    Schema service(int syntaxVersion) {
        return syntaxVersion >= 4 ? serviceVersion4 : serviceVersion3;
    }

    /** The message schema for UNH S009, when the gateway reads that type in that directory. */
    Optional<Schema> message(String type, String version, String release, String agency) {
        if (!"CUSCAR".equals(type) || !"UN".equals(agency)) {
            return Optional.empty();
        }
        return Optional.ofNullable(cuscar.get(version + ":" + release));
    }

    static Schema load(ProjectFolders folders, String path) {
        URL location = folders.mapping(path)
                .orElseThrow(() -> new IllegalStateException("mappings/" + path + " is missing"));
        try (InputStream in = location.openStream()) {
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mappings/" + path, e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("mappings/" + path + " is not a valid StAEDI schema: " + e.getMessage(), e);
        }
    }
}
