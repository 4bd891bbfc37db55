package org.borderedi.gateway.translation;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smooks.api.resource.config.xpath.SelectorPath;
import org.smooks.engine.delivery.sax.ng.SaxNgContentDeliveryConfig;
import org.smooks.engine.resource.config.xpath.AbstractSelectorPath;

/**
 * Takes from a compiled mapping's selectors the namespace prefixes they never use. Smooks gives the selector of each
 * bean every prefix the configuration declares (ours declare {@code jb}, for the bean cartridge's own elements) and
 * builds a Jaxen namespace context of them on every match of it, in every visit: a tenth or more of a mapping's time
 * (the README's translation speed), for selectors that name no prefix and so never resolve one. A selector that
 * names one keeps them all.
 *
 * <p>Smooks reads them with {@link Properties#stringPropertyNames()}, which copies them into a new set on every call,
 * none or not: a fifth of what a mapping allocates. So a selector left without prefixes gets a set of its own that
 * answers "none" as it is. Smooks' {@code setNamespaces} only copies into the set it has, which is final; where the
 * field cannot be reached (another Smooks), the selector keeps its own set, emptied (logged at load).
 */
final class UnprefixedSelectors {

    private static final Logger LOG = LoggerFactory.getLogger(UnprefixedSelectors.class);

    private static final Optional<Field> PREFIXES_OF_A_SELECTOR = prefixesField();

    private UnprefixedSelectors() {
    }

    /** Clears the prefixes of every selector of the configuration that names none. */
    static void clearNamespaces(SaxNgContentDeliveryConfig tables) {
        selectors(tables).filter(selector -> !namesAPrefix(selector)).forEach(UnprefixedSelectors::noPrefixes);
    }

    private static void noPrefixes(SelectorPath selector) {
        selector.getNamespaces().clear();
        PREFIXES_OF_A_SELECTOR.filter(field -> field.getDeclaringClass().isInstance(selector)).ifPresent(field -> {
            try {
                field.set(selector, new NoPrefixes());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Optional<Field> prefixesField() {
        try {
            Field field = AbstractSelectorPath.class.getDeclaredField("namespaces");
            field.setAccessible(true);
            return Optional.of(field);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Smooks' selectors keep their prefixes elsewhere ({}); Smooks copies them on every match", e.toString());
            return Optional.empty();
        }
    }

    /** The prefixes of a selector that names none: none, answered without a copy while there are none. */
    static final class NoPrefixes extends Properties {

        @Override
        public Set<String> stringPropertyNames() {
            return isEmpty() ? Set.of() : super.stringPropertyNames();
        }
    }

    /** The selectors of the visitors in a configuration's compiled tables. */
    static Stream<SelectorPath> selectors(SaxNgContentDeliveryConfig tables) {
        return Stream.of(tables.getBeforeVisitorIndex(), tables.getChildVisitorIndex(), tables.getAfterVisitorIndex())
                .flatMap(index -> index.values().stream()).flatMap(List::stream)
                .map(binding -> binding.getResourceConfig().getSelectorPath());
    }

    /** Whether the selector may name a prefix: any colon counts, even one inside a quoted value. */
    static boolean namesAPrefix(SelectorPath selector) {
        return selector.getSelector().indexOf(':') >= 0;
    }
}
