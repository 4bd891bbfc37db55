package org.borderedi.gateway.translation;

import java.util.List;
import org.smooks.api.ApplicationContext;
import org.smooks.api.Registry;
import org.smooks.engine.DefaultApplicationContextBuilder;
import org.smooks.engine.delivery.interceptor.InterceptorVisitorChainFactory;
import org.smooks.engine.resource.config.GlobalParamsResourceConfig;
import org.smooks.engine.resource.config.SystemResourceConfigSeqFactory;

/**
 * The Smooks application context every mapping runs in: Smooks' own system resources, less what only serves output
 * or reporting our mappings never make. They bind beans, and each Smooks visit has a cost, per element and per
 * binding, so what does nothing for them is left out ({@code bench stages} measures what is left):
 * <ul>
 *   <li>Smooks' serializer, bound to every element ({@code *}, twice): with {@code default.serialization.on} off it
 *       writes nothing, yet each element of each message went through it in all three visits.</li>
 *   <li>Smooks' five interceptors, which it wraps around every visitor. Without a single one, Smooks binds each
 *       visitor as it is. For a mapping that binds beans none of them does anything: two serve execution event
 *       listeners and stream sinks, which we have neither of; one gathers element text for visitors that do not
 *       gather their own, but the bean cartridge's do; one calls through to the visitor; and one wraps a visitor's
 *       exception in Smooks' own, naming the visitor, where {@link MessageMapping} takes the root cause either way.
 *       Wrapped, every visitor also counted as a visitor of each child element: each bean's creator was matched
 *       and called, for nothing, on every child of the element that creates the bean.</li>
 * </ul>
 * It also keeps each mapping's readers for reuse, where Smooks by default makes one per execution.
 */
final class BeanBindingContext extends DefaultApplicationContextBuilder {

    /**
     * Smooks 2.2's {@code registerSystemResources}, less {@code /system-serializers.xml} and
     * {@code /system-interceptors.xml}.
     */
    private static final List<String> SYSTEM_RESOURCES = List.of("/null-dom.xml", "/null-sax.xml",
            "/system-param-decoders.xml");

    /** Readers kept for reuse per mapping: one per thread that maps at the same time, beyond which readers are made. */
    static final int READER_POOL = 16;

    private static final String MAX_NODE_DEPTH = "max.node.depth";

    private BeanBindingContext() {
        // Smooks otherwise makes the configured reader anew for every execution, through reflection and a fresh
        // injection scope of the whole configuration: about 100 KB and as much time as mapping a few segments.
        filterSettings.setReaderPoolSize(READER_POOL);
    }

    static ApplicationContext create() {
        return new BeanBindingContext().build();
    }

    /**
     * Lets Smooks keep each element of an execution in its document until the execution ends. By default it prunes
     * every element as the element ends, first restoring the element's text from a memento filed under a key string
     * it builds anew for each element: a tenth of a mapping's time, for readers that hand on no text at all. Only for
     * executions of a bounded size (a batch of messages from the segment reader); a document streamed whole keeps
     * Smooks' pruning, or its elements would all stay in memory.
     */
    static void keepElementsToTheEnd(Registry registry) {
        GlobalParamsResourceConfig depth = new GlobalParamsResourceConfig();
        depth.setParameter(MAX_NODE_DEPTH, "0"); // 0: no depth limit, so nothing is pruned
        registry.registerResourceConfig(depth);
    }

    @Override
    protected void registerSystemResources(Registry registry, ApplicationContext context) {
        for (String resource : SYSTEM_RESOURCES) {
            registry.registerResourceConfigSeq(new SystemResourceConfigSeqFactory(resource, registry.getClassLoader(),
                    context.getResourceLocator(), context.getResourceConfigLoader()).create());
        }
        // The serializer kept every element in Smooks' document. Without it, an element no visitor selects (a loop,
        // the batch around messages) would be left out, and the elements inside it would lose their parent.
        setParameter("maintain.element.stack", "true", registry);
        // Smooks' interceptor file registered the chain factory; with no interceptor to make chains of, it hands each
        // visitor back as it is.
        registry.registerObject(new InterceptorVisitorChainFactory(context));
    }
}
