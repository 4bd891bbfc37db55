package org.borderedi.gateway.acks;
public enum BusinessAckKind { X12_355, X12_824, CUSRES, XFNM, CAMIR_PER, GATEWAY_RESPONSE }
