package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.translation.MessageMapping.MappingException;
import org.junit.jupiter.api.Test;
import org.smooks.Smooks;
import org.smooks.api.ApplicationContext;
import org.smooks.api.resource.config.ResourceConfigSeq;
import org.smooks.engine.lookup.ResourceConfigSeqsLookup;

class BeanBindingContextTest {

    private static final Pattern INTERCEPTOR = Pattern.compile("<core:interceptor class=\"([^\"]+)\"");

    private static final String OUR_INTERCEPTORS = "/org/borderedi/gateway/translation/bean-binding-interceptors.xml";

    @Test
    void registers_every_system_resource_smooks_does_but_its_serializer_and_its_interceptors() {
        List<String> smooks = systemResources(new Smooks().getApplicationContext());
        List<String> ours = systemResources(BeanBindingContext.create());

        // a Smooks upgrade that adds or renames a system resource fails here, before a mapping runs without it
        List<String> expected = new ArrayList<>(smooks);
        assertEquals(true, expected.remove("/system-serializers.xml"), "Smooks' system resources: " + smooks);
        assertEquals(true, expected.remove("/system-interceptors.xml"), "Smooks' system resources: " + smooks);
        expected.add(OUR_INTERCEPTORS);
        assertEquals(expected, ours);
    }

    @Test
    void wraps_visitors_in_smooks_own_interceptors_in_their_order_but_those_for_events_and_stream_sinks()
            throws IOException {
        List<String> smooks = interceptors("/system-interceptors.xml");

        List<String> expected = new ArrayList<>(smooks);
        assertEquals(true, expected.remove("org.smooks.engine.delivery.interceptor.ExecutionEventInterceptor"), smooks.toString());
        assertEquals(true, expected.remove("org.smooks.engine.delivery.interceptor.StreamSinkWriterInterceptor"), smooks.toString());
        assertEquals(expected, interceptors(OUR_INTERCEPTORS));
    }

    @Test
    void maps_elements_inside_a_root_no_visitor_selects() throws IOException, MappingException {
        MessageMapping mapping = MessageMapping.load(getClass().getResource("/cargo-xml/attribute-source.xml"));

        // Smooks' serializer used to select every element; without it, Smooks must still keep the unselected root
        Filing filing = mapping.mapDocument(new ByteArrayInputStream("""
                <Documents>
                  <Document purpose="Creation">
                    <Shipment><Bill><Number>999-12345675</Number></Bill></Shipment>
                  </Document>
                </Documents>
                """.getBytes(StandardCharsets.UTF_8))).build(new SourceFormat("TEST", "Document", "1"), null, Mode.AIR);

        assertEquals("Creation", filing.purposeCode().value());
        assertEquals("999-12345675", filing.consignments().get(0).number().value());
    }

    private static List<String> interceptors(String resource) throws IOException {
        try (InputStream in = Smooks.class.getResourceAsStream(resource)) {
            String configuration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return INTERCEPTOR.matcher(configuration).results().map(match -> match.group(1)).toList();
        }
    }

    private static List<String> systemResources(ApplicationContext context) {
        return context.getRegistry().lookup(new ResourceConfigSeqsLookup()).stream()
                .filter(ResourceConfigSeq::isSystem).map(ResourceConfigSeq::getName).toList();
    }
}
