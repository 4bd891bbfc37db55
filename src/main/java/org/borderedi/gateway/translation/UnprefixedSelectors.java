package org.borderedi.gateway.translation;

import java.util.List;
import java.util.stream.Stream;
import org.smooks.Smooks;
import org.smooks.api.delivery.ContentDeliveryConfig;
import org.smooks.api.resource.config.xpath.SelectorPath;
import org.smooks.engine.delivery.sax.ng.SaxNgContentDeliveryConfig;

/**
 * Takes from a compiled mapping's selectors the namespace prefixes they never use. Smooks gives the selector of each
 * bean every prefix the configuration declares (ours declare {@code jb}, for the bean cartridge's own elements) and
 * builds a Jaxen namespace context of them on every match of it, in every visit: a tenth or more of a mapping's time
 * (the README's translation speed), for selectors that name no prefix and so never resolve one. A selector that
 * names one keeps them all.
 */
final class UnprefixedSelectors {

    private UnprefixedSelectors() {
    }

    /** Clears the prefixes of every selector of the configuration that names none. */
    static void clearNamespaces(Smooks smooks) {
        selectors(smooks).filter(selector -> !namesAPrefix(selector))
                .forEach(selector -> selector.getNamespaces().clear());
    }

    /** The selectors of the visitors Smooks compiles the configuration into; compiled now, as the first message would. */
    static Stream<SelectorPath> selectors(Smooks smooks) {
        ContentDeliveryConfig delivery = smooks.createExecutionContext().getContentDeliveryRuntime()
                .getContentDeliveryConfig();
        if (!(delivery instanceof SaxNgContentDeliveryConfig saxNg)) {
            return Stream.empty();
        }
        return Stream.of(saxNg.getBeforeVisitorIndex(), saxNg.getChildVisitorIndex(), saxNg.getAfterVisitorIndex())
                .flatMap(index -> index.values().stream()).flatMap(List::stream)
                .map(binding -> binding.getResourceConfig().getSelectorPath());
    }

    /** Whether the selector may name a prefix: any colon counts, even one inside a quoted value. */
    static boolean namesAPrefix(SelectorPath selector) {
        return selector.getSelector().indexOf(':') >= 0;
    }
}
