package org.borderedi.gateway.notices;
public record NoticeDocument(NoticeKind kind, String controlNumber, String text, String fileExtension) {}
