/**
 * The canonical shipment model: immutable values every inbound format is translated to. Every leaf value carries its
 * {@link org.borderedi.gateway.model.Source}, so findings point back at the filer's own data.
 */
package org.borderedi.gateway.model;
