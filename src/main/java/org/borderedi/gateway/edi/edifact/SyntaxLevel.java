package org.borderedi.gateway.edi.edifact;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The UN/ECE syntax levels (UNB 0001) the gateway reads: the syntax versions each is defined in, how its bytes are
 * decoded and which characters it allows in data.
 *
 * <p>Levels A and B are the tables of ISO 9735: level A is upper-case letters, digits, space and
 * {@code . , - ( ) / = ' + : ? ! " % & * ; < >}; level B adds the lower-case letters. Levels C to K are the graphic
 * characters of ISO/IEC 8859-1, -2, -5, -7, -3, -4, -6, -8 and -9. Levels W and Y (ISO 10646 in UTF-8, syntax
 * version 4 only) allow every character but control characters. UNOX (ISO 2022 code extension) is not supported.
 */
enum SyntaxLevel {
    UNOA(1, Repertoire.LEVEL_A, StandardCharsets.US_ASCII),
    UNOB(1, Repertoire.LEVEL_B, StandardCharsets.US_ASCII),
    UNOC(1, Repertoire.GRAPHIC, StandardCharsets.ISO_8859_1),
    UNOD(1, Repertoire.GRAPHIC, Charset.forName("ISO-8859-2")),
    UNOE(1, Repertoire.GRAPHIC, Charset.forName("ISO-8859-5")),
    UNOF(1, Repertoire.GRAPHIC, Charset.forName("ISO-8859-7")),
    // levels G to K arrived with the syntax version 3 code lists
    UNOG(3, Repertoire.GRAPHIC, Charset.forName("ISO-8859-3")),
    UNOH(3, Repertoire.GRAPHIC, Charset.forName("ISO-8859-4")),
    UNOI(3, Repertoire.GRAPHIC, Charset.forName("ISO-8859-6")),
    UNOJ(3, Repertoire.GRAPHIC, Charset.forName("ISO-8859-8")),
    UNOK(3, Repertoire.GRAPHIC, Charset.forName("ISO-8859-9")),
    UNOW(4, Repertoire.GRAPHIC, StandardCharsets.UTF_8),
    UNOY(4, Repertoire.GRAPHIC, StandardCharsets.UTF_8);

    /** The highest syntax version (UNB 0002) the gateway reads. */
    static final int LATEST_VERSION = 4;

    private static final String LEVEL_A_PUNCTUATION = " .,-()/='+:?!\"%&*;<>";

    private final int firstVersion;
    private final Repertoire repertoire;
    private final Charset charset;

    SyntaxLevel(int firstVersion, Repertoire repertoire, Charset charset) {
        this.firstVersion = firstVersion;
        this.repertoire = repertoire;
        this.charset = charset;
    }

    static Optional<SyntaxLevel> of(String identifier) {
        for (SyntaxLevel level : values()) {
            if (level.name().equals(identifier)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    boolean existsIn(int syntaxVersion) {
        return syntaxVersion >= firstVersion && syntaxVersion <= LATEST_VERSION;
    }

    Charset charset() {
        return charset;
    }

    /** Turns bytes of this level into characters; bytes that are no character of it become U+FFFD. */
    TextDecoder decoder() {
        return charset == StandardCharsets.UTF_8 ? new TextDecoder.Utf8() : TextDecoder.singleByte(charset);
    }

    boolean allows(int codePoint) {
        return switch (repertoire) {
            case LEVEL_A -> isLevelA(codePoint);
            case LEVEL_B -> isLevelA(codePoint) || (codePoint >= 'a' && codePoint <= 'z');
            case GRAPHIC -> isGraphic(codePoint);
        };
    }

    /** For finding texts: "lower-case letter 'a'", "character 'é' (U+00E9)", "control character U+0007". */
    static String describe(int codePoint) {
        if (codePoint == TextDecoder.UNDECODABLE) {
            return "a byte that is no character of the syntax level";
        }
        if (Character.isISOControl(codePoint)) {
            return String.format("control character U+%04X", codePoint);
        }
        String character = new String(Character.toChars(codePoint));
        if (codePoint >= 'a' && codePoint <= 'z') {
            return "lower-case letter '" + character + "'";
        }
        return codePoint < 0x80
                ? "character '" + character + "'"
                : String.format("character '%s' (U+%04X)", character, codePoint);
    }

    private static boolean isLevelA(int codePoint) {
        return (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= '0' && codePoint <= '9')
                || (codePoint < 0x80 && LEVEL_A_PUNCTUATION.indexOf(codePoint) >= 0);
    }

    private static boolean isGraphic(int codePoint) {
        return codePoint != TextDecoder.UNDECODABLE && !Character.isISOControl(codePoint)
                && Character.isDefined(codePoint) && !Character.isSurrogate((char) codePoint)
                && (codePoint & 0xFFFE) != 0xFFFE;
    }

    /** The character each byte stands for in a single-byte charset; U+FFFD where it assigns none (8859 parts leave gaps). */
    static char[] singleByteTable(Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf((char) TextDecoder.UNDECODABLE));
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            decoder.reset();
            CharBuffer out = CharBuffer.allocate(2);
            decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}), out, true);
            decoder.flush(out);
            table[b] = out.position() == 1 ? out.get(0) : (char) TextDecoder.UNDECODABLE;
        }
        return table;
    }

    private enum Repertoire {
        LEVEL_A,
        LEVEL_B,
        GRAPHIC
    }
}
