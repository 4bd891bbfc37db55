package org.borderedi.gateway.partners;

/** A message set a partner may file with us; the registry lists the ones each partner is allowed to send. */
public enum FilingFormat {
    X12_309("x12-309"),
    X12_358("x12-358"),
    EDIFACT_CUSCAR("edifact-cuscar"),
    CARGO_IMP_FWB("cargo-imp-fwb"),
    CARGO_IMP_FHL("cargo-imp-fhl"),
    CARGO_IMP_FFM("cargo-imp-ffm"),
    CARGO_XML_XFWB("cargo-xml-xfwb"),
    CARGO_XML_XFZB("cargo-xml-xfzb"),
    CARGO_XML_XFFM("cargo-xml-xffm"),
    GATEWAY_XML("gateway-xml");

    private final String registryName;

    FilingFormat(String registryName) {
        this.registryName = registryName;
    }

    /** The spelling used in the partner registry. */
    public String registryName() {
        return registryName;
    }
}
