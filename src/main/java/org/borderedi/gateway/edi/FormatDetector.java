package org.borderedi.gateway.edi;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells, from the first bytes of a file or message, which syntax it is written in: X12 (ISA), UN/EDIFACT (UNA or
 * UNB), IATA Cargo-IMP (a first line such as {@code FWB/17}, possibly after a Type B address header), IATA
 * Cargo-XML (its root element and namespace) or the gateway's own XML filing. Anything else is unrecognised, with a
 * word on what it looks like. It reads no further than {@link #HEAD} bytes and parses no XML.
 */
public final class FormatDetector {

    /** How many bytes detection looks at. */
    public static final int HEAD = 2048;

    /**
     * The namespace of the gateway's own XML filing format: the canonical XML (mappings/canonical/filing.xsd), which
     * back ends and portals that do not speak EDI file directly.
     */
    public static final String GATEWAY_XML_NAMESPACE = "urn:borderedi:canonical:1";

    private static final Pattern CARGO_IMP = Pattern.compile("([A-Z]{3})/(\\d{1,3})");
    /** Type B teletype header lines that may precede a Cargo-IMP message: priority + addresses, then the origin. */
    private static final Pattern TYPE_B_HEADER = Pattern.compile("(Q[A-Z] [A-Z0-9 ]+|\\.[A-Z0-9]{7}( .*)?)");
    private static final Pattern ROOT = Pattern.compile("<(?:([A-Za-z_][\\w.-]*):)?([A-Za-z_][\\w.-]*)[\\s>/]");
    private static final Pattern XMLNS = Pattern.compile("xmlns(?::([A-Za-z_][\\w.-]*))?\\s*=\\s*[\"']([^\"']*)[\"']");

    private FormatDetector() {
    }

    /** Looks at the head of a stream and puts it back: the stream reads from the start afterwards. */
    public static Detection detect(BufferedInputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        return detect(head);
    }

    public static Detection detect(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, HEAD), StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3); // a UTF-8 byte order mark
        }
        String start = text.stripLeading();
        if (start.isEmpty()) {
            return unrecognised(head.length == 0 ? "it is empty" : "it holds only white space");
        }
        if (start.startsWith("ISA") && start.length() > 3) {
            return new Detection(Syntax.X12, "X12 interchange" + x12Version(start));
        }
        if (start.startsWith("UNA") || start.startsWith("UNB")) {
            return new Detection(Syntax.EDIFACT, "UN/EDIFACT interchange" + edifactSyntax(start));
        }
        if (start.startsWith("<")) {
            return xml(start);
        }
        Detection cargoImp = cargoImp(start);
        if (cargoImp != null) {
            return cargoImp;
        }
        return unrecognised(whatItLooksLike(head, start));
    }

    private static String x12Version(String start) {
        char separator = start.charAt(3);
        String[] fields = start.split(Pattern.quote(String.valueOf(separator)), 14);
        return fields.length > 12 ? ", version " + fields[12].strip() : "";
    }

    private static String edifactSyntax(String start) {
        int unb = start.indexOf("UNB");
        if (unb < 0 || start.length() < unb + 8) {
            return "";
        }
        String identifier = start.substring(unb + 4, Math.min(start.length(), unb + 10)).split("[^A-Z0-9]", 2)[0];
        return identifier.isEmpty() ? "" : ", syntax " + identifier;
    }

    private static Detection cargoImp(String start) {
        for (String line : start.split("\r?\n|\r", 6)) {
            String trimmed = line.strip();
            Matcher identifier = CARGO_IMP.matcher(trimmed);
            if (identifier.lookingAt() && (trimmed.length() == identifier.end() || trimmed.charAt(identifier.end()) == '/')) {
                return new Detection(Syntax.CARGO_IMP, "IATA Cargo-IMP " + identifier.group(1) + "/" + identifier.group(2));
            }
            if (!TYPE_B_HEADER.matcher(trimmed).matches() && !trimmed.isEmpty()) {
                return null;
            }
        }
        return null;
    }

    private static Detection xml(String start) {
        String rest = start;
        // skip the declaration, comments and processing instructions before the root element
        while (rest.startsWith("<?") || rest.startsWith("<!--")) {
            int end = rest.startsWith("<?") ? rest.indexOf("?>") + 2 : rest.indexOf("-->") + 3;
            if (end < 3) {
                return unrecognised("XML whose root element is beyond the first " + HEAD + " bytes");
            }
            rest = rest.substring(end).stripLeading();
        }
        if (rest.startsWith("<!DOCTYPE")) {
            return unrecognised("XML with a document type declaration, which the gateway does not accept");
        }
        Matcher root = ROOT.matcher(rest);
        if (!root.lookingAt()) {
            return unrecognised("XML without a readable root element");
        }
        String prefix = root.group(1);
        String name = root.group(2);
        int tagEnd = rest.indexOf('>');
        String tag = tagEnd < 0 ? rest : rest.substring(0, tagEnd);
        String namespace = namespaceOf(tag, prefix);
        String qualified = "{" + namespace + "}" + name;
        if (namespace.startsWith("iata:")) {
            String message = switch (name) {
                case "Waybill" -> "XFWB";
                case "HouseWaybill" -> "XFZB";
                case "FlightManifest" -> "XFFM";
                default -> name;
            };
            return new Detection(Syntax.CARGO_XML, "IATA Cargo-XML " + message + " " + qualified);
        }
        if (namespace.equals(GATEWAY_XML_NAMESPACE)) {
            return new Detection(Syntax.GATEWAY_XML, "gateway XML filing " + qualified);
        }
        return unrecognised("XML with the root element " + qualified + ", which is not a filing format the gateway reads");
    }

    private static String namespaceOf(String tag, String prefix) {
        Matcher declaration = XMLNS.matcher(tag);
        while (declaration.find()) {
            String declared = declaration.group(1);
            if (prefix == null ? declared == null : prefix.equals(declared)) {
                return declaration.group(2);
            }
        }
        return "";
    }

    private static String whatItLooksLike(byte[] head, String start) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "a ZIP archive";
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return "a gzip-compressed file";
        }
        if (start.startsWith("%PDF")) {
            return "a PDF document";
        }
        for (int i = 0; i < Math.min(head.length, 512); i++) {
            int b = head[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                return "binary data";
            }
        }
        String first = start.lines().findFirst().orElse("").strip();
        return "text starting '" + (first.length() > 40 ? first.substring(0, 40) + "..." : first) + "'";
    }

    private static Detection unrecognised(String looksLike) {
        return new Detection(Syntax.UNRECOGNISED,
                "not a format the gateway reads (X12, UN/EDIFACT, IATA Cargo-IMP or Cargo-XML, gateway XML): " + looksLike);
    }
}
