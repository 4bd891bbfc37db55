package org.borderedi.gateway.translation;

import java.util.List;
import org.smooks.api.ApplicationContext;
import org.smooks.api.Registry;
import org.smooks.engine.DefaultApplicationContextBuilder;
import org.smooks.engine.resource.config.SystemResourceConfigSeqFactory;

/**
 * The Smooks application context every mapping runs in: Smooks' own system resources, less what only serves output
 * our mappings never make. Our mappings bind beans, yet Smooks binds its serializer to every element ({@code *}, twice),
 * so each element of each message went through it in all three visits, each with its selector matching and interceptor
 * chain, for nothing: with {@code default.serialization.on} off it writes nothing. And two of the interceptors Smooks
 * wraps around every visitor serve execution event listeners and stream sinks, which we do not have
 * ({@code bean-binding-interceptors.xml} beside this class says which). Without them the X12 309 mapping takes about a
 * fifth less time, the CUSCAR mapping half, and Smooks' floor a quarter of what it took ({@code bench stages}).
 */
final class BeanBindingContext extends DefaultApplicationContextBuilder {

    /**
     * Smooks 2.2's {@code registerSystemResources}, without {@code /system-serializers.xml} and with our interceptors
     * in place of {@code /system-interceptors.xml}.
     */
    private static final List<String> SYSTEM_RESOURCES = List.of("/null-dom.xml", "/null-sax.xml", "/system-param-decoders.xml",
            "/org/borderedi/gateway/translation/bean-binding-interceptors.xml");

    private BeanBindingContext() {
    }

    static ApplicationContext create() {
        return new BeanBindingContext().build();
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
    }
}
