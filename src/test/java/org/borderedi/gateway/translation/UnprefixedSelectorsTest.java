package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.borderedi.gateway.translation.MessageMapping.MappingException;
import org.junit.jupiter.api.Test;
import org.smooks.Smooks;
import org.smooks.api.resource.config.xpath.SelectorPath;
import org.smooks.engine.delivery.sax.ng.SaxNgContentDeliveryConfig;
import org.xml.sax.SAXException;

class UnprefixedSelectorsTest {

    @Test
    void clears_the_prefixes_of_selectors_that_name_none() throws Exception {
        SaxNgContentDeliveryConfig tables = compiled("/cargo-xml/attribute-source.xml");
        // what Smooks hands a bean's selector: every prefix the configuration declares
        assertEquals(Map.of("jb", "https://www.smooks.org/xsd/smooks/javabean-1.6.xsd"),
                Map.copyOf(namespacesBySelector(tables).get("Bill")));

        UnprefixedSelectors.clearNamespaces(tables);

        Map<String, Properties> cleared = namespacesBySelector(tables);
        assertEquals(List.of("Bill", "Bill/Number", "Bill/Weight", "Bill/Weight/@unit", "Document", "Document/@purpose"),
                List.copyOf(cleared.keySet()));
        cleared.forEach((selector, namespaces) -> assertEquals(new Properties(), namespaces, selector));
        // Smooks asks on every match: answered with the one empty set, not a new copy each time
        cleared.forEach((selector, namespaces) -> assertSame(namespaces.stringPropertyNames(),
                namespaces.stringPropertyNames(), selector));
    }

    @Test
    void a_selector_that_names_a_prefix_keeps_them_and_still_matches() throws Exception {
        SaxNgContentDeliveryConfig tables = compiled("/cargo-xml/prefixed-selector.xml");
        UnprefixedSelectors.clearNamespaces(tables);
        Properties kept = namespacesBySelector(tables).get("w:Document");
        assertEquals("urn:example:waybill", kept.getProperty("w"));
        assertEquals(Set.of("jb", "w"), kept.stringPropertyNames());

        MessageMapping mapping = MessageMapping.load(getClass().getResource("/cargo-xml/prefixed-selector.xml"));
        mapping.mapDocument(document("<Document xmlns=\"urn:example:waybill\"/>"));
        assertThrows(MappingException.class, () -> mapping.mapDocument(document("<Document/>")), "no w:Document, no filing");
    }

    private static ByteArrayInputStream document(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static SaxNgContentDeliveryConfig compiled(String configuration) throws IOException, SAXException {
        Smooks smooks = new Smooks(BeanBindingContext.create());
        try (InputStream in = UnprefixedSelectorsTest.class.getResourceAsStream(configuration)) {
            smooks.addResourceConfigs(in);
        }
        return MessageMapping.visitorTables(smooks).orElseThrow();
    }

    private static Map<String, Properties> namespacesBySelector(SaxNgContentDeliveryConfig tables) {
        return UnprefixedSelectors.selectors(tables)
                .collect(Collectors.toMap(SelectorPath::getSelector, SelectorPath::getNamespaces, (a, b) -> a, TreeMap::new));
    }
}
