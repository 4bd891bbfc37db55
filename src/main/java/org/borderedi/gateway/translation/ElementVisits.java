package org.borderedi.gateway.translation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smooks.api.ExecutionContext;
import org.smooks.api.Registry;
import org.smooks.api.delivery.ContentDeliveryConfig;
import org.smooks.api.delivery.ContentHandlerBinding;
import org.smooks.api.delivery.fragment.Fragment;
import org.smooks.api.lifecycle.PostFragmentLifecycle;
import org.smooks.api.resource.config.xpath.SelectorPath;
import org.smooks.api.resource.visitor.Visitor;
import org.smooks.api.resource.visitor.sax.ng.AfterVisitor;
import org.smooks.api.resource.visitor.sax.ng.BeforeVisitor;
import org.smooks.api.resource.visitor.sax.ng.ParameterizedVisitor;
import org.smooks.engine.delivery.ContentHandlerBindingIndex;
import org.smooks.engine.delivery.DefaultContentHandlerBinding;
import org.smooks.engine.delivery.ordering.Sorter;
import org.smooks.engine.delivery.sax.ng.SaxNgContentDeliveryConfig;
import org.smooks.engine.lookup.GlobalParamsLookup;
import org.smooks.engine.resource.config.DefaultResourceConfig;
import org.smooks.engine.resource.config.xpath.JaxenPatternSelectorPath;
import org.w3c.dom.Element;

/**
 * All the visitors of one element name, visited as one: Smooks matches the selector of every visitor of an element
 * in every visit, each match building a Jaxen context and a fragment per step of the path, and that, more than the
 * binding itself, was the mapping's cost (the README's translation speed). Grouped, Smooks matches one selector per
 * element and visit, the element's name, and the group matches its members' {@link PlainSelector}s, in the order
 * Smooks would have called them, in each visit: before the element, after it, and at its fragment's end.
 *
 * <p>An element is grouped only when every visitor of it has a plain selector with no condition and none needs a
 * node depth of its own; otherwise it keeps Smooks' own bindings. Grouping happens once, on the compiled tables,
 * before Smooks first reads them per element name (it keeps what it read then).
 */
final class ElementVisits implements BeforeVisitor, AfterVisitor, PostFragmentLifecycle {

    private final List<Member<BeforeVisitor>> before;
    private final List<Member<AfterVisitor>> after;
    private final List<Member<PostFragmentLifecycle>> ends;

    /** A visitor and the selector it was bound with. */
    record Member<T>(PlainSelector selector, T visitor) {
    }

    private ElementVisits(List<Member<BeforeVisitor>> before, List<Member<AfterVisitor>> after,
                          List<Member<PostFragmentLifecycle>> ends) {
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.ends = List.copyOf(ends);
    }

    @Override
    public void visitBefore(Element element, ExecutionContext executionContext) {
        for (Member<BeforeVisitor> member : before) {
            if (member.selector().matches(element)) {
                member.visitor().visitBefore(element, executionContext);
            }
        }
    }

    @Override
    public void visitAfter(Element element, ExecutionContext executionContext) {
        for (Member<AfterVisitor> member : after) {
            if (member.selector().matches(element)) {
                member.visitor().visitAfter(element, executionContext);
            }
        }
    }

    @Override
    public void onPostFragment(Fragment<?> fragment, ExecutionContext executionContext) {
        if (!(fragment.unwrap() instanceof Element element)) {
            return;
        }
        for (Member<PostFragmentLifecycle> member : ends) {
            if (member.selector().matches(element)) {
                member.visitor().onPostFragment(fragment, executionContext);
            }
        }
    }

    /** Whether a member acts at the end of the element's fragment (a bean creator does: the bean's end). */
    boolean endsFragments() {
        return !ends.isEmpty();
    }

    /**
     * Groups the visitors of each element whose visitors all allow it. The star selectors Smooks adds to every
     * element would need the same treatment; with any of them, nothing is grouped.
     */
    static void group(SaxNgContentDeliveryConfig tables, Registry registry) {
        ContentHandlerBindingIndex<BeforeVisitor> befores = tables.getBeforeVisitorIndex();
        ContentHandlerBindingIndex<AfterVisitor> afters = tables.getAfterVisitorIndex();
        if (hasStars(befores) || hasStars(afters) || hasStars(tables.getChildVisitorIndex())) {
            return;
        }
        boolean sorted = !"false".equals(String.valueOf(registry.lookup(new GlobalParamsLookup())
                .getParameterValue(ContentDeliveryConfig.SMOOKS_VISITORS_SORT, Boolean.TRUE)));
        Set<String> names = new LinkedHashSet<>(befores.keySet());
        names.addAll(afters.keySet());
        for (String name : names) {
            List<ContentHandlerBinding<BeforeVisitor>> beforeBindings = inOrder(befores.get(name),
                    Sorter.SortOrder.PRODUCERS_FIRST, sorted);
            List<ContentHandlerBinding<AfterVisitor>> afterBindings = inOrder(afters.get(name),
                    Sorter.SortOrder.CONSUMERS_FIRST, sorted);
            Optional<List<Member<BeforeVisitor>>> beforeMembers = members(beforeBindings);
            Optional<List<Member<AfterVisitor>>> afterMembers = members(afterBindings);
            if (beforeMembers.isEmpty() || afterMembers.isEmpty() || !isName(name)
                    || endsOnChildren(tables.getChildVisitorIndex().get(name))) {
                continue;
            }
            List<Member<PostFragmentLifecycle>> ends = ends(beforeBindings, afterBindings);
            List<Member<AfterVisitor>> afterVisits = new ArrayList<>(afterMembers.get());
            if (tables.isReverseVisitOrderOnVisitAfter()) {
                Collections.reverse(afterVisits); // as Smooks walks its list after an element
            }
            ElementVisits visits = new ElementVisits(beforeMembers.get(), afterVisits, ends);
            DefaultContentHandlerBinding<ElementVisits> binding = new DefaultContentHandlerBinding<>(visits,
                    byName(name));
            replace(befores, name, binding, !beforeMembers.get().isEmpty());
            replace(afters, name, binding, !afterMembers.get().isEmpty());
        }
    }

    /**
     * The visitors Smooks calls at a fragment's end: each binding of the element once (a visitor bound before and
     * after the element with one resource is one binding), those of the visit before it first, then those after it
     * (an element with such a visitor of its children is not grouped).
     */
    private static List<Member<PostFragmentLifecycle>> ends(List<ContentHandlerBinding<BeforeVisitor>> before,
                                                           List<ContentHandlerBinding<AfterVisitor>> after) {
        Set<ContentHandlerBinding<?>> distinct = new LinkedHashSet<>(before);
        distinct.addAll(after);
        List<Member<PostFragmentLifecycle>> ends = new ArrayList<>();
        for (ContentHandlerBinding<?> binding : distinct) {
            if (binding.getContentHandler() instanceof PostFragmentLifecycle ending) {
                ends.add(new Member<>(plain(binding).orElseThrow(), ending));
            }
        }
        return ends;
    }

    private static <T extends Visitor> List<ContentHandlerBinding<T>> inOrder(List<ContentHandlerBinding<T>> bindings,
                                                                             Sorter.SortOrder order, boolean sorted) {
        List<ContentHandlerBinding<T>> copy = bindings == null ? new ArrayList<>() : new ArrayList<>(bindings);
        if (sorted) {
            Sorter.sort(copy, order);
        }
        return copy;
    }

    /** The members of the bindings, or empty where a binding cannot be a member. */
    private static <T extends Visitor> Optional<List<Member<T>>> members(List<ContentHandlerBinding<T>> bindings) {
        List<Member<T>> members = new ArrayList<>();
        for (ContentHandlerBinding<T> binding : bindings) {
            Optional<PlainSelector> selector = plain(binding);
            if (selector.isEmpty()) {
                return Optional.empty();
            }
            members.add(new Member<>(selector.get(), binding.getContentHandler()));
        }
        return Optional.of(members);
    }

    /** The binding's selector, where it is plain, unconditional, and its visitor needs no node depth of its own. */
    private static Optional<PlainSelector> plain(ContentHandlerBinding<?> binding) {
        SelectorPath path = binding.getResourceConfig().getSelectorPath();
        return path.getConditionEvaluator() == null && !(binding.getContentHandler() instanceof ParameterizedVisitor)
                ? PlainSelector.parse(path.getSelector()) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Visitor> void replace(Map<String, List<ContentHandlerBinding<T>>> index, String name,
                                                    DefaultContentHandlerBinding<ElementVisits> binding,
                                                    boolean any) {
        List<ContentHandlerBinding<T>> bindings = index.get(name);
        if (bindings != null) {
            bindings.clear(); // the same list Smooks will read, so replaced in place
            if (any) {
                bindings.add((ContentHandlerBinding<T>) (ContentHandlerBinding<?>) binding);
            }
        }
    }

    /** Whether a visitor of the element's children acts at its fragment's end: Smooks would call it among the rest. */
    private static boolean endsOnChildren(List<? extends ContentHandlerBinding<?>> children) {
        return children != null && children.stream()
                .anyMatch(binding -> binding.getContentHandler() instanceof PostFragmentLifecycle);
    }

    private static boolean hasStars(Map<String, ?> index) {
        return index.containsKey("*") || index.containsKey("//");
    }

    private static boolean isName(String name) {
        return PlainSelector.parse(name).filter(s -> s.steps().size() == 1 && s.attribute() == null
                && s.steps().get(0).test() == null).isPresent();
    }

    /** A resource selecting the element by its name, matched with no fragment per step (it has no steps). */
    private static DefaultResourceConfig byName(String name) {
        DefaultResourceConfig resource = new DefaultResourceConfig();
        resource.setSelectorPath(new NameOnly(name));
        return resource;
    }

    /** The selector of a group: the element's name as a Jaxen pattern, with no steps for Smooks to walk. */
    private static final class NameOnly extends JaxenPatternSelectorPath {
        NameOnly(String name) {
            super(name);
        }
    }
}
