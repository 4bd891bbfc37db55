package org.borderedi.gateway.notices;

/**
 * One status notice, ready to deliver.
 *
 * @param controlNumber the notice's interchange control number (X12, EDIFACT) or the message id it carries
 * @param fileExtension without dot: "x12", "edi", "txt", "xml"
 */
public record NoticeDocument(NoticeKind kind, String controlNumber, String text, String fileExtension) {
}
