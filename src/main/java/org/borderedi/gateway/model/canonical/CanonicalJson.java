package org.borderedi.gateway.model.canonical;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.borderedi.gateway.model.Filing;

/**
 * Canonical JSON of a filing, the JSON twin of {@link CanonicalXml} with the stable shape documented in
 * mappings/canonical/README.md (written and read by hand, never by reflection on the records). Thread-safe.
 */
public final class CanonicalJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /**
     * Writes the filing as UTF-8, indented; the stream is left open.
     *
     * @throws IllegalArgumentException for an identifier without a scheme or a measure without an amount
     */
    public void write(Filing filing, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            new JsonFilingWriter(json).write(filing);
        }
    }

    /** The filing as a canonical JSON document. */
    public String toJson(Filing filing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(filing, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads a canonical JSON document.
     *
     * @throws CanonicalFormatException when it is not JSON (with line and column), or a member is unknown, of the
     *                                  wrong type or missing (with its path)
     */
    public Filing read(InputStream in) throws IOException {
        JsonNode tree;
        try {
            tree = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new CanonicalFormatException(e.getOriginalMessage(), at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new CanonicalFormatException("an empty document");
        }
        return new JsonFilingReader().read(JsonMembers.of(tree, "$"));
    }
}
