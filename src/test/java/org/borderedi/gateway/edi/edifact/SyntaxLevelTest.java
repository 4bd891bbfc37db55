package org.borderedi.gateway.edi.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxLevelTest {

    static Stream<Object[]> characters() {
        return Stream.of(
                new Object[] {SyntaxLevel.UNOA, "AZ09 .,-()/='+:?!\"%&*;<>", true},
                new Object[] {SyntaxLevel.UNOA, "a", false},
                new Object[] {SyntaxLevel.UNOA, "#", false},
                new Object[] {SyntaxLevel.UNOA, "@", false},
                new Object[] {SyntaxLevel.UNOA, "_", false},
                new Object[] {SyntaxLevel.UNOA, "\u00e9", false},
                new Object[] {SyntaxLevel.UNOB, "az AZ09 .,-()/='+:?!\"%&*;<>", true},
                new Object[] {SyntaxLevel.UNOB, "[", false},
                new Object[] {SyntaxLevel.UNOB, "{", false},
                new Object[] {SyntaxLevel.UNOB, "\t", false},
                new Object[] {SyntaxLevel.UNOC, "#@[]{}~\u00a0\u00e9\u00ff", true},
                new Object[] {SyntaxLevel.UNOC, "\u0085", false},
                new Object[] {SyntaxLevel.UNOC, "\u0007", false},
                new Object[] {SyntaxLevel.UNOC, "\ufffd", false},
                new Object[] {SyntaxLevel.UNOW, "\u6df1\u5733\u00e9\ud83d\udce6", true},
                new Object[] {SyntaxLevel.UNOW, "\u001c", false},
                new Object[] {SyntaxLevel.UNOW, "\uffff", false});
    }

    @ParameterizedTest(name = "{0}: \"{1}\" allowed: {2}")
    @MethodSource("characters")
    void allows_exactly_the_characters_of_its_repertoire(SyntaxLevel level, String characters, boolean allowed) {
        characters.codePoints().forEach(c -> assertEquals(allowed, level.allows(c), level + " " + SyntaxLevel.describe(c)));
    }

    static Stream<Object[]> levels() {
        return Stream.of(
                new Object[] {"UNOA", List.of(1, 2, 3, 4)},
                new Object[] {"UNOF", List.of(1, 2, 3, 4)},
                new Object[] {"UNOK", List.of(3, 4)},
                new Object[] {"UNOY", List.of(4)},
                new Object[] {"UNOX", List.of()},
                new Object[] {"unoa", List.of()});
    }

    @ParameterizedTest(name = "{0} exists in versions {1}")
    @MethodSource("levels")
    void knows_which_syntax_versions_define_each_level(String identifier, List<Integer> versions) {
        Optional<SyntaxLevel> level = SyntaxLevel.of(identifier);

        assertEquals(versions, Stream.of(0, 1, 2, 3, 4, 5).filter(v -> level.map(l -> l.existsIn(v)).orElse(false)).toList());
    }

    @ParameterizedTest(name = "ISO 8859 gaps are no characters: {0}")
    @MethodSource("gaps")
    void a_byte_an_iso_8859_part_leaves_unassigned_is_no_character(SyntaxLevel level, int b) {
        assertEquals(TextDecoder.UNDECODABLE, SyntaxLevel.singleByteTable(level.charset())[b]);
    }

    static Stream<Object[]> gaps() {
        return Stream.of(new Object[] {SyntaxLevel.UNOG, 0xA5}, new Object[] {SyntaxLevel.UNOF, 0xD2},
                new Object[] {SyntaxLevel.UNOA, 0x80});
    }
}
