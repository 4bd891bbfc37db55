package org.borderedi.gateway.translation;

import org.smooks.api.ExecutionContext;
import org.smooks.api.resource.reader.SmooksXMLReader;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;

/**
 * What every Smooks reader of the gateway's has in common apart from reading: it keeps the content handler Smooks
 * gives it, takes its input from {@code parse(InputSource)} or its source objects only, and offers no DTD handling,
 * entity resolution, features or properties unless a reader says otherwise.
 */
public abstract class SmooksReaderBase implements SmooksXMLReader {

    private ContentHandler handler;
    private ErrorHandler errorHandler;

    @Override
    public void setExecutionContext(ExecutionContext executionContext) {
        // The input comes through parse or the source objects.
    }

    @Override
    public void setContentHandler(ContentHandler handler) {
        this.handler = handler;
    }

    @Override
    public ContentHandler getContentHandler() {
        return handler;
    }

    @Override
    public boolean getFeature(String name) {
        return false;
    }

    @Override
    public void setFeature(String name, boolean value) {
        // No features.
    }

    @Override
    public Object getProperty(String name) {
        return null;
    }

    @Override
    public void setProperty(String name, Object value) {
        // Smooks offers a lexical handler; comments and CDATA boundaries are not needed for mapping.
    }

    @Override
    public void setEntityResolver(EntityResolver resolver) {
        // Entities are never resolved, whoever asks.
    }

    @Override
    public EntityResolver getEntityResolver() {
        return null;
    }

    @Override
    public void setDTDHandler(DTDHandler handler) {
        // No DTD is read.
    }

    @Override
    public DTDHandler getDTDHandler() {
        return null;
    }

    @Override
    public void setErrorHandler(ErrorHandler handler) {
        this.errorHandler = handler;
    }

    @Override
    public ErrorHandler getErrorHandler() {
        return errorHandler;
    }

    @Override
    public void parse(String systemId) throws SAXException {
        throw new SAXException(getClass().getSimpleName() + " reads what it is given, never a system id: " + systemId);
    }
}
