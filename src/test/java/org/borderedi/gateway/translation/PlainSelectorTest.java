package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.translation.PlainSelector.AttributeTest;
import org.borderedi.gateway.translation.PlainSelector.Step;
import org.junit.jupiter.api.Test;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.api.resource.config.xpath.SelectorPath;
import org.smooks.engine.delivery.fragment.NodeFragment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PlainSelectorTest {

    @Test
    void reads_the_selectors_our_mappings_are_written_in() {
        assertEquals(new PlainSelector(List.of(new Step("LOOP_LX", null)), null), plain("LOOP_LX"));
        assertEquals(new PlainSelector(List.of(new Step("M11", null)), "e05"), plain("M11/@e05"));
        assertEquals(new PlainSelector(List.of(new Step("N9", new AttributeTest("e01", "MB", true))), "e02"),
                plain("N9[@e01 = 'MB']/@e02"));
        assertEquals(new PlainSelector(List.of(new Step("SG1", null),
                new Step("DTM", new AttributeTest("e01", "132", true))), "e01_2"), plain("SG1/DTM[@e01='132']/@e01_2"));
        assertEquals(new PlainSelector(List.of(new Step("N9", new AttributeTest("e01", "MB", false))), null),
                plain("N9[@e01 != \"MB\"]"));
        assertEquals(new PlainSelector(List.of(new Step("Waybill", null),
                new Step("ram-x.y", null)), null), plain("Waybill/ram-x.y"));
    }

    @Test
    void leaves_to_smooks_what_is_not_plain() {
        for (String selector : List.of("*", "//M11", "M11//N1", "#document", "/message", "w:Document", "M11[1]",
                "M11/@e05/N1", "@e05", "M11/text()", "M11[@e01 = 5]", "M11[@e01 = 'a/b']/@e02", "M11[@e01]",
                "M11[@e01 = 'A' and @e02 = 'B']", "M11/@*", "M11 / @e05", "M11/")) {
            assertEquals(Optional.empty(), PlainSelector.parse(selector), selector);
        }
    }

    /**
     * Every plain selector of every mapping, against elements made as Smooks makes them from the reader's events,
     * around what each selector names: the names, an ancestor more or fewer, other names, names and attributes in a
     * namespace, test attributes absent, equal and different, the last attribute present or not.
     */
    @Test
    void matches_where_smooks_does_for_every_selector_of_our_mappings() throws Exception {
        Map<String, Agreement> agreements = new LinkedHashMap<>();
        for (String mapping : mappings()) {
            Smooks smooks = compiled(mapping);
            ExecutionContext execution = smooks.createExecutionContext();
            List<SelectorPath> selectors = UnprefixedSelectors.selectors(MessageMapping.visitorTables(smooks)
                    .orElseThrow()).toList();
            for (SelectorPath selector : selectors) {
                PlainSelector.parse(selector.getSelector()).ifPresent(plain -> agreements.computeIfAbsent(
                        mapping + " " + selector.getSelector(), key -> agreement(plain, selector, execution)));
            }
        }
        assertTrue(agreements.size() > 300, "selectors compared: " + agreements.size());
        agreements.forEach((selector, agreement) -> {
            assertEquals(List.of(), agreement.disagreements(), selector);
            assertTrue(agreement.matched() > 0 && agreement.missed() > 0, selector + ": " + agreement);
        });
    }

    record Agreement(int matched, int missed, List<String> disagreements) {
    }

    private static Agreement agreement(PlainSelector plain, SelectorPath smooks, ExecutionContext execution) {
        Random random = new Random(smooks.getSelector().hashCode());
        int matched = 0;
        int missed = 0;
        List<String> disagreements = new ArrayList<>();
        for (int trial = 0; trial < 150; trial++) {
            Element element = element(plain, random, trial == 0);
            boolean expected = new NodeFragment(element).isMatch(smooks, execution);
            if (expected != plain.matches(element) && disagreements.size() < 5) {
                disagreements.add(describe(element) + " smooks " + expected);
            }
            if (expected) {
                matched++;
            } else {
                missed++;
            }
        }
        return new Agreement(matched, missed, disagreements);
    }

    private static final List<String> OTHER_NAMES = List.of("message", "batch", "LOOP_LX", "M11", "N1", "SG1", "e01");
    private static final List<String> OTHER_VALUES = List.of("MB", "CA", "132", "x", "");

    /** An element and its ancestors, exactly as the selector names them when {@code exact}, else around that. */
    private static Element element(PlainSelector selector, Random random, boolean exact) {
        Document document = newDocument();
        List<Step> steps = selector.steps();
        int depth = exact ? steps.size() : Math.max(1, steps.size() + random.nextInt(3) - 1);
        Element child = null;
        Element target = null;
        for (int up = 0; up < depth; up++) {
            int index = steps.size() - 1 - up;
            Step step = index >= 0 ? steps.get(index) : null;
            String name = step != null && (exact || random.nextInt(4) > 0) ? step.name()
                    : OTHER_NAMES.get(random.nextInt(OTHER_NAMES.size()));
            Element element = !exact && random.nextInt(8) == 0 ? document.createElementNS("urn:other", "o:" + name)
                    : document.createElementNS(null, name);
            if (step != null && step.test() != null) {
                attribute(element, step.test().attribute(), exact ? (step.test().equal() ? step.test().value() : "x"
                        + step.test().value()) : pick(random, step.test().value()), exact, random);
            }
            if (random.nextInt(3) == 0) {
                element.setAttribute("e09", pick(random, "x"));
            }
            if (child != null) {
                element.appendChild(child);
            } else {
                target = element;
                if (selector.attribute() != null && (exact || random.nextInt(4) > 0)) {
                    attribute(element, selector.attribute(), pick(random, "x"), exact, random);
                }
            }
            child = element;
        }
        document.appendChild(child);
        return target;
    }

    /** Set as Smooks sets an attribute of no namespace, or now and then in a namespace, or not at all. */
    private static void attribute(Element element, String name, String value, boolean exact, Random random) {
        int choice = exact ? 0 : random.nextInt(10);
        if (choice < 7) {
            element.setAttribute(name, value);
        } else if (choice < 9) {
            element.setAttributeNS("urn:other", "o:" + name, value);
        }
    }

    private static String pick(Random random, String likely) {
        return random.nextBoolean() ? likely : OTHER_VALUES.get(random.nextInt(OTHER_VALUES.size()));
    }

    private static String describe(Element element) {
        StringBuilder path = new StringBuilder();
        for (org.w3c.dom.Node node = element; node instanceof Element e; node = node.getParentNode()) {
            StringBuilder step = new StringBuilder(e.getNodeName());
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                step.append('[').append(e.getAttributes().item(i)).append(']');
            }
            path.insert(0, "/" + step);
        }
        return path.toString();
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every mapping of ours Smooks binds beans with, less the DFDL ones (their compiling takes most of a minute). */
    private static List<String> mappings() throws IOException {
        Path root = Path.of("mappings");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-to-canonical.xml"))
                    .filter(file -> !file.getFileName().toString().contains("-dfdl-"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static Smooks compiled(String mapping) throws Exception {
        URL configuration = ProjectFolders.ofWorkingDirectory().mapping(mapping).orElseThrow();
        Smooks smooks = new Smooks(BeanBindingContext.create());
        try (InputStream in = configuration.openStream()) {
            smooks.addResourceConfigs(in);
        }
        return smooks;
    }

    private static PlainSelector plain(String selector) {
        return PlainSelector.parse(selector).orElseThrow(() -> new AssertionError(selector + " is plain"));
    }
}
