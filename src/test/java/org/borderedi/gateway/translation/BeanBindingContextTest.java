package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Purpose;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.translation.MessageMapping.MappingException;
import org.junit.jupiter.api.Test;
import org.smooks.Smooks;
import org.smooks.api.ApplicationContext;
import org.smooks.api.delivery.ContentHandler;
import org.smooks.api.delivery.ContentHandlerBinding;
import org.smooks.api.resource.config.ResourceConfigSeq;
import org.smooks.api.resource.visitor.interceptor.InterceptorVisitor;
import org.smooks.cartridges.javabean.BeanInstanceCreator;
import org.smooks.engine.delivery.ContentHandlerBindingIndex;
import org.smooks.engine.delivery.sax.ng.SaxNgContentDeliveryConfig;
import org.smooks.engine.lookup.ResourceConfigSeqsLookup;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

class BeanBindingContextTest {

    private static final Pattern INTERCEPTOR = Pattern.compile("<core:interceptor class=\"([^\"]+)\"");
    private static final SourceFormat TEST = new SourceFormat("TEST", "Document", "1");

    @Test
    void registers_every_system_resource_smooks_does_but_its_serializer_and_its_interceptors() {
        List<String> smooks = systemResources(new Smooks().getApplicationContext());
        List<String> ours = systemResources(BeanBindingContext.create());

        // a Smooks upgrade that adds or renames a system resource fails here, before a mapping runs without it
        List<String> expected = new ArrayList<>(smooks);
        assertEquals(true, expected.remove("/system-serializers.xml"), "Smooks' system resources: " + smooks);
        assertEquals(true, expected.remove("/system-interceptors.xml"), "Smooks' system resources: " + smooks);
        assertEquals(expected, ours);
    }

    @Test
    void keeps_elements_to_the_end_of_an_execution_only_where_the_segment_reader_bounds_it() throws Exception {
        assertEquals(0, maxNodeDepth("x12/309-to-canonical.xml"));
        assertEquals(0, maxNodeDepth("cargo-imp/fwb-to-canonical.xml"));
        // a Cargo-XML document is streamed whole: Smooks prunes each element as it ends
        assertEquals(1, maxNodeDepth("cargo-xml/xfwb-3.00-to-canonical.xml"));
    }

    private static int maxNodeDepth(String mapping) throws Exception {
        Smooks smooks = new Smooks(BeanBindingContext.create());
        try (InputStream in = ProjectFolders.ofWorkingDirectory().mapping(mapping).orElseThrow().openStream()) {
            smooks.addResourceConfigs(in);
        }
        MessageMapping.streamline(smooks);
        return MessageMapping.visitorTables(smooks).orElseThrow().getMaxNodeDepth();
    }

    @Test
    void leaves_out_only_the_interceptors_it_knows() throws IOException {
        // a Smooks upgrade that adds an interceptor fails here, so that someone decides whether bean binding needs it
        assertEquals(Set.of("ExecutionEventInterceptor", "TextConsumerInterceptor", "ExceptionInterceptor",
                        "StreamSinkWriterInterceptor", "StaticProxyInterceptor"),
                interceptors("/system-interceptors.xml").stream().map(name -> name.substring(name.lastIndexOf('.') + 1))
                        .collect(Collectors.toSet()));
    }

    @Test
    void binds_each_visitor_as_it_is() throws Exception {
        Smooks smooks = new Smooks(BeanBindingContext.create());
        try (InputStream configuration = getClass().getResourceAsStream("/cargo-xml/attribute-source.xml")) {
            smooks.addResourceConfigs(configuration);
        }
        SaxNgContentDeliveryConfig delivery = MessageMapping.visitorTables(smooks).orElseThrow();

        List<Object> visitors = Stream.of(delivery.getBeforeVisitorIndex(), delivery.getChildVisitorIndex(),
                delivery.getAfterVisitorIndex()).flatMap(BeanBindingContextTest::visitors).toList();
        assertFalse(visitors.isEmpty());
        assertTrue(visitors.stream().noneMatch(InterceptorVisitor.class::isInstance), visitors.toString());
        // wrapped, a bean's creator was also a visitor of every child of the element that creates the bean
        assertTrue(visitors(delivery.getChildVisitorIndex()).noneMatch(BeanInstanceCreator.class::isInstance));
    }

    @Test
    void maps_elements_inside_a_root_no_visitor_selects() throws IOException, MappingException {
        MessageMapping mapping = MessageMapping.load(getClass().getResource("/cargo-xml/attribute-source.xml"));

        // Smooks' serializer used to select every element; without it, Smooks must still keep the unselected root
        Filing filing = mapping.mapDocument(document("""
                <Documents>
                  <Document purpose="Creation">
                    <Shipment><Bill><Number>999-12345675</Number></Bill></Shipment>
                  </Document>
                </Documents>
                """)).build(TEST, null, Mode.AIR);

        assertEquals("Creation", filing.purposeCode().value());
        assertEquals("999-12345675", filing.consignments().get(0).number().value());
    }

    @Test
    void binds_an_elements_whole_text_however_the_parser_splits_it() throws IOException, MappingException {
        MessageMapping mapping = MessageMapping.load(getClass().getResource("/cargo-xml/attribute-source.xml"));

        // the parser reports the text in three pieces, around the character reference; the bean cartridge joins them
        Filing filing = mapping.mapDocument(document("""
                <Document purpose="Creation"><Bill><Number>999-&#49;2345675</Number></Bill></Document>
                """)).build(TEST, null, Mode.AIR);

        assertEquals("999-12345675", filing.consignments().get(0).number().value());
    }

    @Test
    void a_value_its_decoder_refuses_fails_that_execution_only() throws IOException, MappingException {
        MessageMapping mapping = MessageMapping.load(getClass().getResource("/cargo-xml/coded-purpose.xml"));

        MappingException refused = assertThrows(MappingException.class,
                () -> mapping.mapDocument(document("<Document purpose=\"Deletion\"/>")));

        assertTrue(refused.getMessage().contains("Deletion"), refused.getMessage());
        assertEquals(Purpose.ORIGINAL, mapping.mapDocument(document("<Document purpose=\"Creation\"/>"))
                .build(TEST, null, Mode.AIR).purpose());
    }

    @Test
    void keeps_a_mappings_reader_for_the_next_execution() throws IOException, MappingException {
        MessageMapping mapping = MessageMapping.load(getClass().getResource("/translation/counted-reader.xml"));
        int before = CountedReader.MADE.get();

        List<String> purposes = new ArrayList<>();
        for (String purpose : List.of("Creation", "Update", "Deletion")) {
            purposes.add(mapping.mapDocument(document(purpose)).build(TEST, null, Mode.AIR).purposeCode().value());
        }

        assertEquals(List.of("Creation", "Update", "Deletion"), purposes, "each execution reads its own input");
        assertEquals(1, CountedReader.MADE.get() - before, "readers Smooks made for three executions in turn");
    }

    /** Reads its whole input as the purpose of a one-element document, and counts how many of it Smooks makes. */
    public static final class CountedReader extends SmooksReaderBase {

        static final AtomicInteger MADE = new AtomicInteger();

        public CountedReader() {
            MADE.incrementAndGet();
        }

        @Override
        public void parse(InputSource input) throws IOException, SAXException {
            AttributesImpl attributes = new AttributesImpl();
            attributes.addAttribute("", "purpose", "purpose", "CDATA",
                    new String(input.getByteStream().readAllBytes(), StandardCharsets.UTF_8));
            getContentHandler().startDocument();
            getContentHandler().startElement("", "Document", "Document", attributes);
            getContentHandler().endElement("", "Document", "Document");
            getContentHandler().endDocument();
        }
    }

    private static ByteArrayInputStream document(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static <T extends ContentHandler> Stream<Object> visitors(ContentHandlerBindingIndex<T> index) {
        return index.values().stream().flatMap(List::stream).map(ContentHandlerBinding::getContentHandler);
    }

    private static List<String> interceptors(String resource) throws IOException {
        try (InputStream in = Smooks.class.getResourceAsStream(resource)) {
            String configuration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return INTERCEPTOR.matcher(configuration).results().map(match -> match.group(1)).toList();
        }
    }

    private static List<String> systemResources(ApplicationContext context) {
        return context.getRegistry().lookup(new ResourceConfigSeqsLookup()).stream()
                .filter(ResourceConfigSeq::isSystem).map(ResourceConfigSeq::getName).toList();
    }
}
