package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smooks.Smooks;
import org.smooks.api.delivery.ContentHandlerBinding;
import org.smooks.api.resource.config.ResourceConfig;
import org.smooks.cartridges.javabean.BeanInstanceCreator;
import org.smooks.engine.delivery.ContentHandlerBindingIndex;
import org.smooks.engine.delivery.sax.ng.SaxNgContentDeliveryConfig;
import org.xml.sax.SAXException;

class IdleVisitsTest {

    /** Mappings of both reader kinds: values from attributes (segments) and from texts (Cargo-XML), wirings, expressions. */
    @ParameterizedTest
    @ValueSource(strings = {"x12/309-to-canonical.xml", "edifact/cuscar-d95b-to-canonical.xml",
            "cargo-imp/fwb-to-canonical.xml", "cargo-xml/xfwb-3.00-to-canonical.xml"})
    void leaves_each_binding_the_visits_it_acts_in(String mapping) throws Exception {
        SaxNgContentDeliveryConfig tables = compile(mapping);
        Set<Object> visitors = visitors(tables);
        // as compiled, every binding takes every visit (not read at a fragment's end: Smooks would keep that table)
        Set<String> afterAsCompiled = kinds(tables.getAfterVisitorIndex());

        IdleVisits.remove(tables);

        Map<String, Set<String>> kinds = kindsByVisit(tables);
        assertTrue(Set.of("creator", "attribute value", "wiring").containsAll(kinds.get("before")), kinds.toString());
        assertTrue(Set.of("text value", "expression").containsAll(kinds.get("child")), kinds.toString());
        assertTrue(Set.of("creator", "text value", "expression").containsAll(kinds.get("after")), kinds.toString());
        assertEquals(Set.of("creator"), kinds.get("end"), kinds.toString());
        // something was taken out, and no binding lost all its visits
        assertTrue(afterAsCompiled.contains("attribute value"), afterAsCompiled.toString());
        assertTrue(visitors.equals(visitors(tables)), "a binding lost all its visits");
    }

    private static Map<String, Set<String>> kindsByVisit(SaxNgContentDeliveryConfig tables) throws Exception {
        Set<String> ending = new TreeSet<>();
        for (String element : IdleVisits.FragmentEnds.elementNames(tables)) {
            IdleVisits.FragmentEnds.of(tables.get(element)).forEach(binding -> ending.add(kind(binding)));
        }
        return Map.of("before", kinds(tables.getBeforeVisitorIndex()), "child", kinds(tables.getChildVisitorIndex()),
                "after", kinds(tables.getAfterVisitorIndex()), "end", ending);
    }

    private static Set<String> kinds(ContentHandlerBindingIndex<?> index) {
        return index.values().stream().flatMap(List::stream).map(IdleVisitsTest::kind)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What the configuration asked of the binding, read from its resource, not from the cartridge's fields. */
    private static String kind(ContentHandlerBinding<?> binding) {
        ResourceConfig resource = binding.getResourceConfig();
        if (binding.getContentHandler() instanceof BeanInstanceCreator) {
            return "creator";
        } else if (resource.getParameterValue("wireBeanId") != null) {
            return "wiring";
        } else if (resource.getParameterValue("expression") != null) {
            return "expression";
        } else if (resource.getParameterValue("valueAttributeName") != null) {
            return "attribute value";
        }
        return "text value";
    }

    /** Every visitor of the tables, once (each visit holds a binding of its own to the same visitor). */
    private static Set<Object> visitors(SaxNgContentDeliveryConfig tables) {
        Set<Object> all = Collections.newSetFromMap(new IdentityHashMap<>());
        Stream.of(tables.getBeforeVisitorIndex(), tables.getChildVisitorIndex(), tables.getAfterVisitorIndex())
                .flatMap(index -> index.values().stream()).flatMap(List::stream)
                .forEach(binding -> all.add(binding.getContentHandler()));
        return all;
    }

    private static SaxNgContentDeliveryConfig compile(String mapping) throws IOException, SAXException {
        URL configuration = ProjectFolders.ofWorkingDirectory().mapping(mapping).orElseThrow();
        Smooks smooks = new Smooks(BeanBindingContext.create());
        try (InputStream in = configuration.openStream()) {
            smooks.addResourceConfigs(in);
        }
        return MessageMapping.visitorTables(smooks).orElseThrow();
    }
}
