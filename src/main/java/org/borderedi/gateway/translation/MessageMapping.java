package org.borderedi.gateway.translation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderedi.gateway.translation.draft.FilingDraft;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.api.Registry;
import org.smooks.api.SmooksException;
import org.smooks.api.bean.lifecycle.BeanLifecycle;
import org.smooks.api.io.Source;
import org.smooks.api.resource.config.ResourceConfig;
import org.smooks.engine.delivery.sax.ng.SaxNgContentDeliveryConfig;
import org.smooks.io.sink.JavaSink;
import org.smooks.io.source.JavaSource;
import org.smooks.io.source.StreamSource;
import org.xml.sax.SAXException;

/**
 * One Smooks configuration under {@code mappings/}, compiled once and shared (Smooks is thread-safe), that maps one
 * message to a {@link FilingDraft}, in a {@link BeanBindingContext}. A message, or a small batch of messages of one type, is one Smooks execution, so
 * memory stays flat however large the interchange.
 */
public final class MessageMapping {

    /** The bean id every mapping's root {@link FilingDraft} binds to. */
    public static final String ROOT_BEAN = "filing";

    /** Where Smooks files the reader a configuration names. */
    private static final String READER_SELECTOR = "org.xml.sax.driver";

    private final String name;
    private final Smooks smooks;

    private MessageMapping(String name, Smooks smooks) {
        this.name = name;
        this.smooks = smooks;
    }

    /** Compiles a Smooks configuration; a configuration Smooks cannot read fails here, at start-up. */
    public static MessageMapping load(URL configuration) throws IOException {
        try (InputStream in = configuration.openStream()) {
            Smooks smooks = new Smooks(BeanBindingContext.create());
            smooks.addResourceConfigs(in);
            streamline(smooks);
            return new MessageMapping(configuration.getPath(), smooks);
        } catch (SAXException | SmooksException e) {
            throw new IOException("cannot load the mapping " + configuration + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes out of a configuration's visitor tables what costs Smooks time per element and does nothing for a mapping
     * that binds beans: namespace prefixes no selector uses, visits in which a binding is idle, and a match per
     * visitor where one per element will do.
     */
    static void streamline(Smooks smooks) {
        Registry registry = smooks.getApplicationContext().getRegistry();
        visitorTables(smooks).ifPresent(tables -> {
            IdleVisits.removeFromVisits(tables);
            ElementVisits.group(tables, registry);
            UnprefixedSelectors.clearNamespaces(tables);
            IdleVisits.removeFromFragmentEnds(tables);
            if (readsSegments(tables)) {
                BeanBindingContext.keepElementsToTheEnd(registry);
            }
        });
    }

    /** Whether the configuration reads with the segment reader, whose executions are a bounded batch of messages. */
    private static boolean readsSegments(SaxNgContentDeliveryConfig tables) {
        List<ResourceConfig> readers = tables.getResourceConfigs(READER_SELECTOR);
        return readers != null && readers.stream()
                .anyMatch(reader -> SegmentXmlReader.class.getName().equals(reader.getResource()));
    }

    /**
     * The SAX NG visitor tables of a configuration, compiled now as the first message would compile them (Smooks keeps
     * them), so that they can be trimmed before any message runs.
     */
    static Optional<SaxNgContentDeliveryConfig> visitorTables(Smooks smooks) {
        return smooks.createExecutionContext().getContentDeliveryRuntime().getContentDeliveryConfig()
                instanceof SaxNgContentDeliveryConfig tables ? Optional.of(tables) : Optional.empty();
    }

    /**
     * Maps one message.
     *
     * @throws MappingException when the mapping fails on this message (a value a decoder refuses); other messages are
     *                          not affected
     */
    public FilingDraft map(Object message) throws MappingException {
        return filter(new JavaSource(message));
    }

    /**
     * Maps several messages of this mapping's type in one Smooks execution: one draft per message, in order.
     *
     * @throws MappingException when any message of the batch fails (the caller can then map them one by one to tell
     *                          which), or the execution did not bind exactly one root bean per message
     */
    public List<FilingDraft> mapAll(MessageBatch batch) throws MappingException {
        ExecutionContext execution = smooks.createExecutionContext();
        List<FilingDraft> drafts = new ArrayList<>(batch.messages().size());
        // every <message> creates a new root bean, which replaces the previous one in the bean context: collect each
        execution.getBeanContext().addObserver(event -> {
            if (event.getLifecycle() == BeanLifecycle.ADD && ROOT_BEAN.equals(event.getBeanId().getName())
                    && event.getBean() instanceof FilingDraft draft) {
                drafts.add(draft);
            }
        });
        try {
            smooks.filterSource(execution, new JavaSource(batch), new JavaSink());
        } catch (SmooksException e) {
            throw new MappingException(name, rootCause(e));
        }
        if (drafts.size() != batch.messages().size()) {
            throw new MappingException(name, new IllegalStateException("the mapping bound " + drafts.size() + " '"
                    + ROOT_BEAN + "' beans for " + batch.messages().size() + " messages"));
        }
        return drafts;
    }

    /**
     * Maps one whole document (Cargo-XML), streamed from the bytes by the reader the configuration names; the
     * stream is read to its end but not closed.
     *
     * @throws MappingException when the document cannot be read (its cause is then the parser's
     *                          {@link org.xml.sax.SAXParseException}, with line and column) or a value cannot be mapped
     */
    public FilingDraft mapDocument(InputStream document) throws MappingException {
        return filter(new StreamSource<>(document));
    }

    private FilingDraft filter(Source source) throws MappingException {
        ExecutionContext execution = smooks.createExecutionContext();
        JavaSink sink = new JavaSink();
        try {
            smooks.filterSource(execution, source, sink);
        } catch (SmooksException e) {
            throw new MappingException(name, rootCause(e));
        }
        Object root = sink.getBean(ROOT_BEAN);
        if (!(root instanceof FilingDraft draft)) {
            throw new MappingException(name, new IllegalStateException("the mapping bound no '" + ROOT_BEAN + "' bean"));
        }
        return draft;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Override
    public String toString() {
        return name;
    }

    /** A message the mapping could not map, with the reason in the filer's terms where Smooks gives one. */
    public static final class MappingException extends Exception {
        MappingException(String mapping, Throwable cause) {
            super(mapping + ": " + cause.getMessage(), cause);
        }
    }
}
