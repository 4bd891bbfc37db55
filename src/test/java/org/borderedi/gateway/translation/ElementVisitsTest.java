package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smooks.Smooks;
import org.smooks.api.delivery.ContentHandlerBinding;
import org.smooks.engine.delivery.sax.ng.SaxNgContentDeliveryConfig;
import org.smooks.io.source.StringSource;

class ElementVisitsTest {

    private static final String BILLS = """
            <message>
              <LOOP_LX><M11 e01="B1" e05="100"/><N9 e01="MB" e02="M1"/><N9 e01="BN" e02="X"/><N9 e02="Y"/>
                <R4 e01="L" e02="USNYC"/><R4 e01="D"/></LOOP_LX>
              <M11 e01="B2" e05="7"/>
              <LOOP_LX><M11 e05="3"/><N9 e01="MB"/></LOOP_LX>
            </message>""";

    @Test
    void visits_each_element_as_smooks_does_its_visitors_one_by_one() throws Exception {
        List<String> asSmooks = visits(compiled());
        Smooks grouped = compiled();
        MessageMapping.streamline(grouped);

        assertEquals(asSmooks, visits(grouped));
        // what both agree on is what the selectors say, visit by visit
        assertEquals(List.of("weight before M11", "weight before M11", "weight before M11"), only(asSmooks, "weight before"));
        assertEquals(List.of("master before N9"), only(asSmooks, "master before"));
        assertEquals(List.of("other-reference before N9"), only(asSmooks, "other-reference before"));
        assertEquals(4, Collections.frequency(asSmooks, "reference after N9"));
        assertEquals(List.of("bill-after after M11", "bill-after after M11"), only(asSmooks, "bill-after after"));
        assertEquals(List.of("any-bill-after end M11", "bill-after end M11"),
                asSmooks.subList(asSmooks.indexOf("any-bill-after end M11"), asSmooks.indexOf("any-bill-after end M11") + 2));
        assertEquals(List.of("first-place before R4"), only(asSmooks, "first-place before"));
        assertEquals(2, only(asSmooks, "loop end").size());
    }

    @Test
    void groups_the_elements_whose_selectors_are_all_plain_and_leaves_the_others_to_smooks() throws Exception {
        Smooks smooks = compiled();
        MessageMapping.streamline(smooks);
        SaxNgContentDeliveryConfig tables = MessageMapping.visitorTables(smooks).orElseThrow();

        for (String element : List.of("LOOP_LX", "M11", "N9")) {
            List<? extends ContentHandlerBinding<?>> before = tables.getBeforeVisitorIndex().get((Object) element);
            assertEquals(1, before.size(), element);
            assertInstanceOf(ElementVisits.class, before.get(0).getContentHandler(), element);
        }
        // the groups' selectors, like the rest, name no prefix: Smooks matches them without copying prefixes
        assertTrue(UnprefixedSelectors.selectors(tables)
                .allMatch(selector -> selector.getNamespaces() instanceof UnprefixedSelectors.NoPrefixes));
        // R4[1] names a position: R4 keeps a binding per visitor, and Smooks' counter of R4 positions
        assertEquals(List.of("R4", "R4[1]", "R4/@e02"), tables.getBeforeVisitorIndex().get((Object) "R4").stream()
                .map(binding -> binding.getResourceConfig().getSelectorPath().getSelector()).toList());
    }

    private static List<String> visits(Smooks smooks) {
        RecordedVisitor.VISITS.get().clear();
        smooks.filterSource(smooks.createExecutionContext(), new StringSource(BILLS));
        List<String> visits = List.copyOf(RecordedVisitor.VISITS.get());
        RecordedVisitor.VISITS.get().clear();
        return visits;
    }

    private static List<String> only(List<String> visits, String prefix) {
        return visits.stream().filter(visit -> visit.startsWith(prefix + " ")).toList();
    }

    private static Smooks compiled() throws Exception {
        Smooks smooks = new Smooks(BeanBindingContext.create());
        try (InputStream in = ElementVisitsTest.class.getResourceAsStream("/translation/recorded-visits.xml")) {
            smooks.addResourceConfigs(in);
        }
        return smooks;
    }
}
