package org.borderedi.gateway.edi.edifact;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.borderedi.gateway.edi.Delimiters;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxEvents;

/**
 * Finds the interchanges of a file one after another and reads each one's UNA and UNB; data between them that is no
 * interchange, and interchanges whose header cannot be read far enough to address an acknowledgment, are reported
 * as unreadable and skipped.
 */
final class InterchangeScanner {

    /** A UNB longer than this has lost its segment terminator. */
    private static final int LONGEST_HEADER = 4096;

    private final ByteSource source;

    InterchangeScanner(ByteSource source) {
        this.source = source;
    }

    /** The next interchange that can be answered, or empty at the end of the data. */
    Optional<InterchangeStart> next(SyntaxEvents events) throws IOException {
        while (true) {
            skipWhitespace();
            if (source.peek(0) < 0) {
                return Optional.empty();
            }
            long offset = source.offset();
            if (!source.startsWith("UNA") && !source.startsWith("UNB")) {
                String looks = excerpt();
                long skipped = skipToNextInterchange();
                events.unreadable(offset, skipped + " bytes that are not an EDIFACT interchange (no UNA or UNB), starting '"
                        + looks + "'");
                continue;
            }
            Header header = readHeader(offset);
            if (header.problem == null) {
                return Optional.of(header.start);
            }
            events.unreadable(offset, header.problem);
            if (header.delimiters != null) {
                new InterchangeBody(source, header.decoder, header.delimiters, "").drain();
            } else {
                skipToNextInterchange();
            }
        }
    }

    /** The body of the interchange whose header was just read. */
    InterchangeBody body(InterchangeStart start, Delimiters delimiters) {
        return new InterchangeBody(source, start.decoder(), delimiters, start.headerText());
    }

    private Header readHeader(long offset) throws IOException {
        ServiceStringAdvice advice = ServiceStringAdvice.DEFAULT;
        if (source.startsWith("UNA")) {
            StringBuilder una = new StringBuilder();
            for (int i = 0; i < ServiceStringAdvice.LENGTH; i++) {
                int b = source.read();
                if (b < 0) {
                    return Header.unreadable("the data ends inside the UNA service string advice");
                }
                una.append((char) b);
            }
            ServiceStringAdvice.Result read = ServiceStringAdvice.parse(una.toString());
            if (read.problem() != null) {
                return Header.unreadable("the UNA '" + printable(una) + "' cannot be used: " + read.problem());
            }
            advice = read.advice();
            skipWhitespace();
            if (!source.startsWith("UNB")) {
                return Header.unreadable("the UNA is not followed by a UNB interchange header");
            }
        }
        byte[] unb = readSegment(advice);
        if (unb == null) {
            return Header.unreadable("the UNB interchange header has no segment terminator '" + advice.segment()
                    + "' within its first " + LONGEST_HEADER + " bytes");
        }
        String identifier = syntaxIdentifier(unb, advice);
        Optional<SyntaxLevel> level = SyntaxLevel.of(identifier);
        TextDecoder decoder = level.map(SyntaxLevel::decoder).orElseGet(() -> TextDecoder.singleByte(StandardCharsets.ISO_8859_1));
        String unbText = decode(unb, decoder);
        int version = versionOf(unbText, advice);
        Delimiters delimiters = advice.delimiters(version == 0 ? 3 : version);
        ServiceSegment segment = ServiceSegment.parse(unbText, delimiters);
        String unaddressable = unaddressable(segment);
        if (unaddressable != null) {
            return new Header(null, unaddressable, delimiters, decoder);
        }
        InterchangeHeader header = new InterchangeHeader(Syntax.EDIFACT, segment.value(5, 1),
                new Party(segment.value(2, 2), segment.value(2, 1)), new Party(segment.value(3, 2), segment.value(3, 1)),
                segment.value(4, 1), segment.value(4, 2), "1".equals(segment.value(11, 1)), "1".equals(segment.value(9, 1)),
                segment.value(1, 1), segment.value(1, 2), delimiters);
        String headerText = (advice.una() == null ? "" : advice.una()) + unbText + advice.segment();
        Optional<SyntaxLevel> supported = level.filter(l -> l.existsIn(version));
        return new Header(new InterchangeStart(offset, advice, segment, header, supported, version, decoder, headerText),
                null, delimiters, decoder);
    }

    /** The UNB's bytes without its terminator, or null when no terminator comes soon enough. */
    private byte[] readSegment(ServiceStringAdvice advice) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean released = false;
        for (int i = 0; i < LONGEST_HEADER; i++) {
            int b = source.read();
            if (b < 0) {
                return null;
            }
            if (released) {
                released = false;
            } else if (b == advice.release() && advice.release() != ' ') {
                released = true;
            } else if (b == advice.segment()) {
                return bytes.toByteArray();
            }
            bytes.write(b);
        }
        return null;
    }

    /** UNB 0001 in plain ASCII, enough to choose the decoding of the rest. */
    private static String syntaxIdentifier(byte[] unb, ServiceStringAdvice advice) {
        StringBuilder identifier = new StringBuilder();
        for (int i = 4; i < unb.length && unb[i] != advice.component() && unb[i] != advice.element(); i++) {
            identifier.append((char) (unb[i] & 0xFF));
        }
        return identifier.toString();
    }

    private static int versionOf(String unbText, ServiceStringAdvice advice) {
        String version = ServiceSegment.parse(unbText, advice.delimiters(3)).value(1, 2);
        return version != null && version.length() == 1 && Character.isDigit(version.charAt(0)) ? version.charAt(0) - '0' : 0;
    }

    /** Why a CONTRL could not name this interchange, or null when it can. */
    private static String unaddressable(ServiceSegment unb) {
        String identifier = unb.value(1, 1);
        String version = unb.value(1, 2);
        if (identifier == null || !identifier.matches("[A-Z]{4}") || version == null || !version.matches("[0-9A-Z]")) {
            return "the UNB has no usable syntax identifier (S001 '" + identifier + ":" + version + "')";
        }
        String[][] required = {{"0004", "2", "1", "35"}, {"0007", "2", "2", "4"}, {"0010", "3", "1", "35"},
                {"0007", "3", "2", "4"}, {"0020", "5", "1", "14"}};
        for (String[] element : required) {
            String value = unb.value(Integer.parseInt(element[1]), Integer.parseInt(element[2]));
            boolean mandatory = !element[2].equals("2");
            if (value == null && mandatory) {
                return "the UNB has no " + name(element[0]) + " (" + element[0] + "), so no acknowledgment can name it";
            }
            if (value != null && value.length() > Integer.parseInt(element[3])) {
                return "the UNB's " + name(element[0]) + " '" + value + "' is longer than " + element[3]
                        + " characters, so no acknowledgment can name it";
            }
        }
        return null;
    }

    private static String name(String element) {
        return switch (element) {
            case "0004" -> "sender identification";
            case "0010" -> "recipient identification";
            case "0007" -> "identification code qualifier";
            default -> "interchange control reference";
        };
    }

    private static String decode(byte[] bytes, TextDecoder decoder) throws IOException {
        ByteSource in = new ByteSource(new ByteArrayInputStream(bytes));
        StringBuilder text = new StringBuilder(bytes.length);
        for (int c = decoder.next(in); c >= 0; c = decoder.next(in)) {
            text.appendCodePoint(c);
        }
        return text.toString();
    }

    private void skipWhitespace() throws IOException {
        for (int b = source.peek(0); b == ' ' || b == '\r' || b == '\n' || b == '\t'; b = source.peek(0)) {
            source.read();
        }
    }

    /** Skips to where "UNA" or "UNB" starts after something that is not a letter or digit; returns the bytes skipped. */
    private long skipToNextInterchange() throws IOException {
        long start = source.offset();
        int previous = source.read();
        while (previous >= 0) {
            if (!Character.isLetterOrDigit(previous) && (source.startsWith("UNA") || source.startsWith("UNB"))) {
                break;
            }
            previous = source.read();
        }
        return source.offset() - start;
    }

    private String excerpt() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            int b = source.peek(i);
            if (b < 0) {
                break;
            }
            text.append((char) b);
        }
        return printable(text);
    }

    private static String printable(CharSequence text) {
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c)));
        return shown.toString();
    }

    /** A header read: the interchange, or why it cannot be answered (with the separators to skip it, when known). */
    private record Header(InterchangeStart start, String problem, Delimiters delimiters, TextDecoder decoder) {
        static Header unreadable(String problem) {
            return new Header(null, problem, null, null);
        }
    }
}
