/**
 * The reference targeting engine: stands in for an agency's targeting system in the embedded default run and in
 * demos. It reads canonical shipments and answers with {@link org.borderedi.gateway.decisions.Decision}s, its rules
 * read as data from {@code mappings/targeting/} (see the README there). Entry point: {@link ReferenceTargeting}.
 */
package org.borderedi.gateway.targeting;
