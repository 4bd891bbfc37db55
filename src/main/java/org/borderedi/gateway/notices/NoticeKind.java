package org.borderedi.gateway.notices;
public enum NoticeKind { X12_350, CUSRES, CAMIR_PSN, XCSN, CANONICAL_DECISION }
