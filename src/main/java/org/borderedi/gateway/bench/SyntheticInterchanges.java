package org.borderedi.gateway.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes large files of valid interchanges for benchmarks: one realistic message repeated with fresh control numbers,
 * as many interchanges as it takes to reach the size asked for. Nothing is held in memory.
 */
public final class SyntheticInterchanges {

    /** An X12 309 (004010) manifest's segments between ST and SE, as in edi-samples/x12/309-ocean-demo.edi. */
    private static final String[] X12_309 = {
        "M10*DMFW*O*PA*9321483*DEMO TRADER*047E***W*L",
        "P4*3001*20261201",
        "LX*1",
        "M11*0000123456*57035*120*CTN*8400*K******DMFW",
        "N1*SH*SHENZHEN EXPORT CO LTD",
        "N3*88 INDUSTRIAL ROAD",
        "N4*SHENZHEN**518000*CN",
        "N1*CN*MAPLE IMPORTS INC",
        "N3*1200 HARBOUR STREET",
        "N4*SEATTLE*WA*98101*US",
        "VID*CN*DMFU*1234567",
        "N10*120*FURNITURE PARTS**J*940360",
    };

    /**
     * A CUSCAR (D:95B) sea cargo report's segments between UNH and UNT, one bill with its container, as in
     * edi-samples/edifact/cuscar-d95b-consolidation.edi (about 500 bytes a message, like the X12 309 above).
     */
    private static final String[] CUSCAR = {
        "BGM+85+DFMAN26112211+9",
        "DTM+137:202611221605:203",
        "TDT+20+047E+1++DMFW:172:20+++9321483:146:11:DEMO TRADER",
        "LOC+9+CNYTN:139:6",
        "LOC+11+CAVAN:139:6",
        "DTM+132:202612031000:203",
        "EQD+CN+MSKU7032140+45G1:102:5++3+5",
        "SEL+SH0077001+CA",
        "CNI+1",
        "RFF+BM:DMFW0000124001",
        "NAD+CZ+++DEMO FORWARDING SHENZHEN LTD+8 HARBOUR ROAD:SHEKOU+SHENZHEN++518067+CN",
        "NAD+CN+++DEMO FORWARDING CANADA INC+400 WATERFRONT ROAD+VANCOUVER+BC+V6B 1A1+CA",
        "GID+1+70:CT",
        "FTX+AAA+++CONSOLIDATED CARGO",
        "MEA+AAE+G+KGM:2100",
        "SGP+MSKU7032140+70",
    };

    private SyntheticInterchanges() {
    }

    /** What was written. */
    public record Written(long bytes, long interchanges, long messages) {
    }

    /** X12 309 interchanges of one group each, {@code messagesPerInterchange} sets per group. */
    public static Written x12(Path file, long targetBytes, int messagesPerInterchange) throws IOException {
        long interchanges = 0;
        long messages = 0;
        try (CountingWriter out = new CountingWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII))) {
            while (out.count < targetBytes) {
                interchanges++;
                String control = String.format("%09d", interchanges);
                out.segment("ISA*00*          *00*          *ZZ*DEMOFWD        *ZZ*BORDERGW       *261122*1412*U*00401*"
                        + control + "*0*P*>");
                out.segment("GS*SO*DEMOFWD*BORDERGW*20261122*1412*" + interchanges + "*X*004010");
                int sets = 0;
                while (sets < messagesPerInterchange && out.count < targetBytes) {
                    sets++;
                    String setControl = String.format("%06d", sets); // ST02 takes 4-9 characters; GE01 counts to 999999
                    out.segment("ST*309*" + setControl);
                    for (String segment : X12_309) {
                        out.segment(segment);
                    }
                    out.segment("SE*" + (X12_309.length + 2) + "*" + setControl);
                }
                messages += sets;
                out.segment("GE*" + sets + "*" + interchanges);
                out.segment("IEA*1*" + control);
            }
            return new Written(out.count, interchanges, messages);
        }
    }

    /** CUSCAR D:95B interchanges without groups, {@code messagesPerInterchange} messages each (StAEDI takes 99,999). */
    public static Written cuscar(Path file, long targetBytes, int messagesPerInterchange) throws IOException {
        long interchanges = 0;
        long messages = 0;
        try (CountingWriter out = new CountingWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII), "'\n")) {
            while (out.count < targetBytes) {
                interchanges++;
                String control = "DF" + String.format("%09d", interchanges);
                if (interchanges == 1) {
                    out.segment("UNA:+.? ");
                }
                out.segment("UNB+UNOC:3+DEMOFWD:ZZ+BORDERGW:ZZ+261122:1605+" + control + "++CUSCAR++1");
                int count = 0;
                while (count < Math.min(messagesPerInterchange, 99_999) && out.count < targetBytes) {
                    count++;
                    String reference = "M" + count;
                    out.segment("UNH+" + reference + "+CUSCAR:D:95B:UN");
                    for (String segment : CUSCAR) {
                        out.segment(segment);
                    }
                    out.segment("UNT+" + (CUSCAR.length + 2) + "+" + reference);
                }
                messages += count;
                out.segment("UNZ+" + count + "+" + control);
            }
            return new Written(out.count, interchanges, messages);
        }
    }

    /** Counts what it writes, one segment per line. */
    private static final class CountingWriter implements AutoCloseable {
        private final Writer out;
        private final String terminator;
        private long count;

        CountingWriter(BufferedWriter out) {
            this(out, "~\n");
        }

        CountingWriter(BufferedWriter out, String terminator) {
            this.out = out;
            this.terminator = terminator;
        }

        void segment(String text) throws IOException {
            out.write(text);
            out.write(terminator);
            count += text.length() + terminator.length();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
