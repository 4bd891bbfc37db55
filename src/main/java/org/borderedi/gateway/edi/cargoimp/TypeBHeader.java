package org.borderedi.gateway.edi.cargoimp;

import java.util.regex.Pattern;

/**
 * Recognises the lines of a Type B teletype header ({@code QK YYZFMXH}, {@code .LHRFMXH 221200}) that may stand
 * before a Cargo-IMP message, so the reader can skip them; no Cargo-IMP line looks like either.
 */
final class TypeBHeader {

    private static final Pattern LINE = Pattern.compile("Q[A-Z] [A-Z0-9 ]+|\\.[A-Z0-9]{7}( .*)?");

    private TypeBHeader() {
    }

    static boolean matches(String text) {
        return LINE.matcher(text).matches();
    }
}
