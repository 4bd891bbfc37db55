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
import org.w3c.dom.Node;

/**
 * A Smooks visitor for tests that writes down each visit it gets, with its label and the element's name: after an
 * element and at its end ({@link AlsoBefore}: before it too).
 */
public class RecordedVisitor implements AfterVisitor, PostFragmentLifecycle {

    /** The visits of the current thread's execution, in order. */
    static final ThreadLocal<List<String>> VISITS = ThreadLocal.withInitial(ArrayList::new);

    @Inject
    private String label;

    @Override
    public void visitAfter(Element element, ExecutionContext executionContext) {
        record("after", element);
    }

    @Override
    public void onPostFragment(Fragment<?> fragment, ExecutionContext executionContext) {
        record("end", (Node) fragment.unwrap());
    }

    void record(String visit, Node node) {
        VISITS.get().add(label + " " + visit + " " + node.getNodeName());
    }

    /** Visited before an element as well. */
    public static class AlsoBefore extends RecordedVisitor implements BeforeVisitor {

        @Override
        public void visitBefore(Element element, ExecutionContext executionContext) {
            record("before", element);
        }
    }
}
