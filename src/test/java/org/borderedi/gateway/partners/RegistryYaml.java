package org.borderedi.gateway.partners;

/** Writes partner registries as YAML for tests that boot the gateway, with credentials made on the spot. */
public final class RegistryYaml {

    private RegistryYaml() {
    }

    public static String of(String... entries) {
        return "partners:\n" + String.join("", entries);
    }

    /** A forwarder on the embedded SFTP server, logging in as its id with this password. */
    public static String sftpForwarder(String id, String password) {
        return """
                  - id: %1$s
                    name: Forwarder %1$s
                    kind: forwarder
                    identities: {x12: ["ZZ:%2$s"]}
                    channel: {type: embedded-sftp, password-hash: "%3$s"}
                    formats: [x12-309]
                """.formatted(id, id.toUpperCase(), TestPartners.hash(password).encoded());
    }

    /** An air carrier on the broker, logging in as its id, with queues partner.{id}.filings and .replies. */
    public static String jmsCarrier(String id, String airline, String password) {
        return """
                  - id: %1$s
                    name: Carrier %1$s
                    kind: air-carrier
                    identities: {iata-airlines: ["%2$s"]}
                    channel: {type: jms, password-hash: "%3$s"}
                    formats: [cargo-imp-fwb]
                """.formatted(id, airline, TestPartners.hash(password).encoded());
    }
}
