/**
 * The EDIFACT side of the syntax layer: {@link org.borderedi.gateway.edi.edifact.EdifactValidator} reads UN/EDIFACT
 * interchanges as they stream past and reports each message, group and interchange through
 * {@link org.borderedi.gateway.edi.SyntaxEvents}; {@link org.borderedi.gateway.edi.edifact.ContrlWriter} answers them
 * with CONTRL.
 *
 * <p>How an interchange is read: {@code InterchangeScanner} finds it and reads its UNA and UNB itself (so that an
 * acknowledgment can be addressed however broken the rest is); {@code HeaderChecks} decides whether it goes any further
 * (syntax level, sender, recipient, duplicates); {@code InterchangeBody} decodes it in its syntax level's encoding
 * and hands it to StAEDI up to its UNZ; {@code InterchangeReading} follows StAEDI's events against the schemas in
 * {@code mappings/edifact/} and checks what schemas cannot say (counts, references, the character repertoire). A
 * message that passes the quick proof of its schema (see {@link org.borderedi.gateway.edi.CompiledSchema}), UNH and UNT
 * included, never reaches StAEDI: the reading reads it from the body's lookahead, where it stands in the interchange.
 *
 * <p>StAEDI 1.26.0 is worked around in three places, each commented where it happens: it has no release character in
 * the UNZ, it forgets a message's type when the previous message's end is read, and it reads a message left without
 * its UNT as one with the next.
 */
package org.borderedi.gateway.edi.edifact;
