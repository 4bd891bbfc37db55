package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void registers_every_system_resource_smooks_does_except_its_serializer() {
        List<String> smooks = systemResources(new Smooks().getApplicationContext());
        List<String> ours = systemResources(BeanBindingContext.create());

        // a Smooks upgrade that adds or renames a system resource fails here, before a mapping runs without it
        List<String> expected = new ArrayList<>(smooks);
        assertEquals(true, expected.remove("/system-serializers.xml"), "Smooks' system resources: " + smooks);
        assertEquals(expected, ours);
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

    private static List<String> systemResources(ApplicationContext context) {
        return context.getRegistry().lookup(new ResourceConfigSeqsLookup()).stream()
                .filter(ResourceConfigSeq::isSystem).map(ResourceConfigSeq::getName).toList();
    }
}
