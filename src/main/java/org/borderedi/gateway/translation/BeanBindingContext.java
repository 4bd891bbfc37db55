package org.borderedi.gateway.translation;

import java.util.List;
import org.smooks.api.ApplicationContext;
import org.smooks.api.Registry;
import org.smooks.engine.DefaultApplicationContextBuilder;
import org.smooks.engine.resource.config.SystemResourceConfigSeqFactory;

/**
 * The Smooks application context every mapping runs in: Smooks' own system resources, less its catch-all serializer.
 * Our mappings only bind beans, yet Smooks binds that serializer to every element ({@code *}), twice, so each element
 * of each message went through it in all three visits, each with its selector matching and interceptor chain, for
 * nothing: with {@code default.serialization.on} off it writes nothing. Left out, the X12 309 mapping takes about a
 * third less time and Smooks' floor half ({@code bench stages}).
 */
final class BeanBindingContext extends DefaultApplicationContextBuilder {

    /** Smooks 2.2's {@code registerSystemResources}, without {@code /system-serializers.xml}. */
    static final List<String> SYSTEM_RESOURCES = List.of(
            "/null-dom.xml", "/null-sax.xml", "/system-param-decoders.xml", "/system-interceptors.xml");

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
