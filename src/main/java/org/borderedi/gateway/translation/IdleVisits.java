package org.borderedi.gateway.translation;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.smooks.api.delivery.ContentHandlerBinding;
import org.smooks.api.lifecycle.PostFragmentLifecycle;
import org.smooks.cartridges.javabean.BeanInstancePopulator;
import org.smooks.engine.delivery.sax.ng.SaxNgContentDeliveryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes out of a compiled mapping's visitor tables the visits in which a bean binding does nothing. Smooks calls a
 * visitor in every visit its interfaces name (before an element, on each child, after it, and once more when the
 * element's fragment ends) and matches the visitor's selector against the element before each call: the largest
 * part of a mapping's time (the README's translation speed). The bean cartridge's value binding implements all of
 * them and acts in one:
 * <ul>
 *   <li>a value read from an attribute, and a wiring, act before the element: their other visits do nothing;</li>
 *   <li>a value read from an element's text, and an expression, act on its text and after it: their visit before
 *       does nothing;</li>
 *   <li>no binding acts when the fragment ends: only the bean creators do (the bean's end, and its removal unless
 *       retained), so only they stay in that visit.</li>
 * </ul>
 * What a binding does is the cartridge's own choice, made from two fields it keeps for its subclasses; a cartridge
 * without them, or a Smooks whose tables differ, is left as compiled, only slower (logged at load).
 */
final class IdleVisits {

    private static final Logger LOG = LoggerFactory.getLogger(IdleVisits.class);

    private static final Optional<BindingKinds> KINDS = BindingKinds.of();

    private IdleVisits() {
    }

    /**
     * Removes the idle visits from a configuration's compiled tables, before Smooks first reads them per element name
     * (it keeps what it read then): first from the visits before, on children and after, then, once those are final,
     * from the visit at a fragment's end.
     */
    static void remove(SaxNgContentDeliveryConfig tables) {
        removeFromVisits(tables);
        removeFromFragmentEnds(tables);
    }

    /** Removes the idle visits before an element, on its children and after it. */
    static void removeFromVisits(SaxNgContentDeliveryConfig tables) {
        if (KINDS.isEmpty()) {
            return;
        }
        BindingKinds kinds = KINDS.get();
        tables.getBeforeVisitorIndex().values().forEach(bindings -> bindings.removeIf(kinds::actsAfter));
        tables.getChildVisitorIndex().values().forEach(bindings -> bindings.removeIf(kinds::actsBefore));
        tables.getAfterVisitorIndex().values().forEach(bindings -> bindings.removeIf(kinds::actsBefore));
    }

    /**
     * Leaves at a fragment's end only the visitors that act there; Smooks reads the tables per element name for it,
     * so the other visits must be final by then.
     */
    static void removeFromFragmentEnds(SaxNgContentDeliveryConfig tables) {
        FragmentEnds.keepOnly(tables, binding -> binding.getContentHandler() instanceof ElementVisits grouped
                ? grouped.endsFragments() : binding.getContentHandler() instanceof PostFragmentLifecycle);
    }

    /** The two kinds of value binding, told apart by the fields the cartridge decides its visits with. */
    private record BindingKinds(Field attribute, Field wiring) {

        static Optional<BindingKinds> of() {
            try {
                Field attribute = BeanInstancePopulator.class.getDeclaredField("isAttribute");
                Field wiring = BeanInstancePopulator.class.getDeclaredField("isBeanWiring");
                attribute.setAccessible(true);
                wiring.setAccessible(true);
                return Optional.of(new BindingKinds(attribute, wiring));
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warn("the bean cartridge no longer says which visit a binding acts in ({}); mappings keep them all",
                        e.toString());
                return Optional.empty();
            }
        }

        /** A value from an attribute, or a wiring: bound before the element, idle after it and on its children. */
        boolean actsBefore(ContentHandlerBinding<?> binding) {
            return populator(binding).map(p -> flag(attribute, p) || flag(wiring, p)).orElse(false);
        }

        /** A value from the element's text, or an expression: bound on its text and after it, idle before it. */
        boolean actsAfter(ContentHandlerBinding<?> binding) {
            return populator(binding).map(p -> !flag(attribute, p) && !flag(wiring, p)).orElse(false);
        }

        /** The cartridge's own value binding; a subclass may act in other visits, so it keeps them all. */
        private static Optional<BeanInstancePopulator> populator(ContentHandlerBinding<?> binding) {
            return binding.getContentHandler().getClass() == BeanInstancePopulator.class
                    ? Optional.of((BeanInstancePopulator) binding.getContentHandler()) : Optional.empty();
        }

        private static boolean flag(Field field, BeanInstancePopulator populator) {
            try {
                return field.getBoolean(populator);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The visit at a fragment's end. Smooks keeps its visitors per element name, in a type of its own package, as
     * every visitor of that element (each once per other visit it takes part in); there is no public way to them.
     */
    static final class FragmentEnds {

        private FragmentEnds() {
        }

        static void keepOnly(SaxNgContentDeliveryConfig tables, Predicate<ContentHandlerBinding<?>> kept) {
            try {
                for (String element : elementNames(tables)) {
                    Object bindings = tables.get(element);
                    if (bindings == null) {
                        continue;
                    }
                    List<ContentHandlerBinding<?>> ending = new ArrayList<>(of(bindings));
                    ending.removeIf(kept.negate());
                    Field visitors = bindings.getClass().getField("visitors");
                    visitors.setAccessible(true);
                    visitors.set(bindings, ending);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warn("Smooks' visitors at a fragment's end are out of reach ({}); mappings call them all",
                        e.toString());
            }
        }

        /** The visitors Smooks calls at the end of each fragment of the named element. */
        @SuppressWarnings("unchecked")
        static List<ContentHandlerBinding<?>> of(Object bindings) throws ReflectiveOperationException {
            Method all = bindings.getClass().getDeclaredMethod("getAll");
            all.setAccessible(true);
            return (List<ContentHandlerBinding<?>>) all.invoke(bindings);
        }

        /** The element names Smooks keeps visitors for: those with a visit before or after them. */
        static Set<String> elementNames(SaxNgContentDeliveryConfig tables) {
            Set<String> names = new HashSet<>(tables.getBeforeVisitorIndex().keySet());
            names.addAll(tables.getAfterVisitorIndex().keySet());
            return names;
        }
    }
}
