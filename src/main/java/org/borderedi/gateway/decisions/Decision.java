package org.borderedi.gateway.decisions;

import java.time.Instant;

/**
 * One decision from targeting or an agency about one consignment, as the gateway received it on the decisions queue.
 *
 * @param decisionId    the sender's id of the decision: a decision received twice has the same id
 * @param filingId      the gateway's filing id (receipt id / message number), or null when named by business key
 * @param consignmentId the consignment's id in that filing ("1", "1.1"), or null when named by business key
 * @param billScheme    the scheme of the business key (AWB, HAWB, BILL_OF_LADING, CCN), or null
 * @param bill          the business key's value, or null
 * @param agency        who decided (CBSA, CBP, a targeting centre)
 * @param nativeCode    the agency's own code for the decision, as it sent it, or null
 * @param text          free text for the filer, or null
 */
public record Decision(String decisionId, String filingId, String consignmentId, String billScheme, String bill,
        String agency, DecisionKind kind, String nativeCode, String text, Instant decidedAt) {
}
