package org.borderedi.gateway.edi.x12;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an acknowledgment back with StAEDI, envelope and transaction set (against mappings/x12/997.xml or 999.xml),
 * and lists every error it finds: a generated acknowledgment must give none.
 */
final class AckParser {

    private static final Schema SCHEMA_997 = schema("997.xml");
    private static final Schema SCHEMA_999 = schema("999.xml");

    private AckParser() {
    }

    static List<String> errors(String interchange) {
        List<String> errors = new ArrayList<>();
        int interchanges = 0;
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (InputStream in = new ByteArrayInputStream(interchange.getBytes(StandardCharsets.ISO_8859_1));
                EDIStreamReader reader = factory.createEDIStreamReader(in, "ISO-8859-1")) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_INTERCHANGE) {
                    interchanges++;
                } else if (event == EDIStreamEvent.START_TRANSACTION) {
                    reader.setTransactionSchema("999".equals(reader.getTransactionType()) ? SCHEMA_999 : SCHEMA_997);
                } else if (event.isError()) {
                    errors.add(reader.getErrorType() + " at " + reader.getLocation());
                }
            }
        } catch (EDIStreamException | java.io.IOException e) {
            errors.add("unreadable: " + e.getMessage());
        }
        if (interchanges != 1) {
            errors.add(interchanges + " interchanges instead of 1");
        }
        return errors;
    }

    private static Schema schema(String name) {
        try {
            URL url = Path.of("mappings/x12", name).toUri().toURL();
            return SchemaFactory.newFactory().createSchema(url);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
