package org.borderedi.gateway.journal;

/**
 * One canonical shipment for targeting: a consignment of a journaled message, in the configured payload format.
 *
 * @param bill       the consignment's own number, or null
 * @param masterBill for a house, its master's number; or null
 * @param programmes the filing's programmes, comma-separated (ACE_OCEAN,ACI_MARINE)
 */
public record TargetingForward(String receiptId, int messageSeq, String consignmentId, String bill, String masterBill,
        String programmes, String payload) {

    /** The id targeting sees for the filing this shipment belongs to: receipt and message. */
    public String filingId() {
        return receiptId + "/" + messageSeq;
    }
}
