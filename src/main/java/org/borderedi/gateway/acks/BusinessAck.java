package org.borderedi.gateway.acks;
public record BusinessAck(BusinessAckKind kind, String controlNumber, String text, String fileExtension) {}
