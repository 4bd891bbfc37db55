package org.borderedi.gateway.partners;

/**
 * How a partner wants its acknowledgments.
 *
 * @param functionalAck 997 or 999 for X12 functional groups
 * @param ta1           when to send a TA1 interchange acknowledgment
 * @param contrl        when to send an EDIFACT CONTRL
 * @param x12Business   355 (ACE style) or 824 (CBSA style) for the business accept/reject of X12 filings
 */
public record AckPreferences(FunctionalAck functionalAck, AckPolicy ta1, AckPolicy contrl, BusinessAck x12Business) {

    public static final AckPreferences DEFAULTS = new AckPreferences(
            FunctionalAck.X12_997, AckPolicy.WHEN_REQUESTED, AckPolicy.WHEN_REQUESTED, BusinessAck.X12_355);

    /** The X12 business acknowledgment transaction set. */
    public enum BusinessAck {
        /** U.S. Customs Acceptance/Rejection, as ACE answers a 309 or 358. */
        X12_355("355"),
        /** Application Advice, as CBSA's ACI answers X12 filings. */
        X12_824("824");

        private final String registryName;

        BusinessAck(String registryName) {
            this.registryName = registryName;
        }

        public String registryName() {
            return registryName;
        }
    }

    /** The X12 functional acknowledgment transaction set. */
    public enum FunctionalAck {
        X12_997("997"),
        X12_999("999");

        private final String registryName;

        FunctionalAck(String registryName) {
            this.registryName = registryName;
        }

        public String registryName() {
            return registryName;
        }
    }

    /** Whether an acknowledgment goes out only when the interchange asks for it (ISA14, UNB 0031) or always. */
    public enum AckPolicy {
        WHEN_REQUESTED("when-requested"),
        ALWAYS("always");

        private final String registryName;

        AckPolicy(String registryName) {
            this.registryName = registryName;
        }

        public String registryName() {
            return registryName;
        }
    }
}
