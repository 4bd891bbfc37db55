package org.borderedi.gateway.edi.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {

    static Stream<Object[]> utf8() {
        return Stream.of(
                new Object[] {"41c3a92b", List.of(0x41, 0xE9, 0x2B)},
                new Object[] {"e6b7b127", List.of(0x6DF1, 0x27)},
                new Object[] {"f09f93a6", List.of(0x1F4E6)},
                // a broken sequence is one invalid character; the separator after it (+ ' :) stays a separator
                new Object[] {"c32b", List.of(0xFFFD, 0x2B)},
                new Object[] {"e6b727", List.of(0xFFFD, 0x27)},
                new Object[] {"ff3a", List.of(0xFFFD, 0x3A)},
                new Object[] {"c0af", List.of(0xFFFD, 0xFFFD)},
                new Object[] {"e08080", List.of(0xFFFD)},
                new Object[] {"eda080", List.of(0xFFFD)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("utf8")
    void decodes_utf8_and_never_swallows_the_separator_after_a_broken_sequence(String hex, List<Integer> expected) throws IOException {
        ByteSource in = new ByteSource(new ByteArrayInputStream(HexFormat.of().parseHex(hex)));
        TextDecoder decoder = new TextDecoder.Utf8();
        List<Integer> read = new ArrayList<>();
        for (int c = decoder.next(in); c >= 0; c = decoder.next(in)) {
            read.add(c);
        }
        assertEquals(expected, read);
    }
}
