package org.borderedi.gateway.journal;

/**
 * The consignment a decision is about, as the journal knows it: the partner and bill that identify it across
 * re-filings, and the filing, message and consignment it was last forwarded from.
 */
public record DecisionTarget(String partnerId, String bill, String receiptId, int messageSeq, String consignmentId) {
}
