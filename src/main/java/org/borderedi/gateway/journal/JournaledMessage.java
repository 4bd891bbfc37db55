package org.borderedi.gateway.journal;

/**
 * One message of a journaled filing: its envelope identity, the syntax and business verdicts, why it did not
 * translate (if it did not), its findings one per line, and its canonical XML (if it translated).
 */
public record JournaledMessage(int seq, String interchange, String group, String type, String controlNumber,
        String syntaxVerdict, String businessVerdict, String problem, String findings, String canonicalXml) {
}
