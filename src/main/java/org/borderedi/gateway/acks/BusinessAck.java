package org.borderedi.gateway.acks;

/**
 * One business acknowledgment, ready to deliver.
 *
 * @param controlNumber the acknowledgment's interchange control number (X12, EDIFACT) or the message id it carries
 * @param fileExtension without dot: "x12", "edi", "xml", "txt"
 */
public record BusinessAck(BusinessAckKind kind, String controlNumber, String text, String fileExtension) {
}
