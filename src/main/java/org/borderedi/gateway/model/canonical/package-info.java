/**
 * The canonical forms of the shipment model: {@link org.borderedi.gateway.model.canonical.CanonicalXml} (schema
 * mappings/canonical/filing.xsd) and {@link org.borderedi.gateway.model.canonical.CanonicalJson}, both reading back
 * exactly the filing they wrote, provenance ({@code src}) included.
 */
package org.borderedi.gateway.model.canonical;
