package org.borderedi.gateway.translation;

import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.smooks.api.ExecutionContext;
import org.smooks.api.delivery.fragment.Fragment;
import org.smooks.api.lifecycle.PostFragmentLifecycle;
import org.smooks.api.resource.visitor.sax.ng.AfterVisitor;
import org.smooks.api.resource.visitor.sax.ng.BeforeVisitor;
import org.w3c.dom.Element;

/** A Smooks visitor for tests that writes down each visit it gets, with its label and the element's name. */
public class RecordedVisitor implements BeforeVisitor, AfterVisitor, PostFragmentLifecycle {

    /** The visits of the current thread's execution, in order. */
    static final ThreadLocal<List<String>> VISITS = ThreadLocal.withInitial(ArrayList::new);

    @Inject
    private String label;

    @Override
    public void visitBefore(Element element, ExecutionContext executionContext) {
        VISITS.get().add(label + " before " + element.getNodeName());
    }

    @Override
    public void visitAfter(Element element, ExecutionContext executionContext) {
        VISITS.get().add(label + " after " + element.getNodeName());
    }

    @Override
    public void onPostFragment(Fragment<?> fragment, ExecutionContext executionContext) {
        VISITS.get().add(label + " end " + ((org.w3c.dom.Node) fragment.unwrap()).getNodeName());
    }

    /** The same, visited only after an element and at its end. */
    public static class AfterOnly implements AfterVisitor, PostFragmentLifecycle {

        @Inject
        private String label;

        @Override
        public void visitAfter(Element element, ExecutionContext executionContext) {
            VISITS.get().add(label + " after " + element.getNodeName());
        }

        @Override
        public void onPostFragment(Fragment<?> fragment, ExecutionContext executionContext) {
            VISITS.get().add(label + " end " + ((org.w3c.dom.Node) fragment.unwrap()).getNodeName());
        }
    }
}
