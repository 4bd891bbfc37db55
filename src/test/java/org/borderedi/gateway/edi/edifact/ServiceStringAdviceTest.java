package org.borderedi.gateway.edi.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Stream;
import org.borderedi.gateway.edi.Delimiters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceStringAdviceTest {

    static Stream<Object[]> advices() {
        return Stream.of(
                new Object[] {"UNA:+.? '", 3, new Delimiters('\'', '+', ':', null, '?', '.')},
                new Object[] {"UNA:+.? '", 4, new Delimiters('\'', '+', ':', null, '?', '.')},
                new Object[] {"UNA:+,?*'", 4, new Delimiters('\'', '+', ':', '*', '?', ',')},
                new Object[] {"UNA|*.\\ ~", 3, new Delimiters('~', '*', '|', null, '\\', '.')},
                new Object[] {"UNA:+.  '", 3, new Delimiters('\'', '+', ':', null, null, '.')},
                new Object[] {"UNA\u001f\u001d.?\u001e\u001c", 4, new Delimiters('\u001c', '\u001d', '\u001f', '\u001e', '?', '.')});
    }

    @ParameterizedTest(name = "{0} in version {1}")
    @MethodSource("advices")
    void reads_the_separators_a_una_declares(String una, int version, Delimiters expected) {
        ServiceStringAdvice.Result read = ServiceStringAdvice.parse(una);

        assertNull(read.problem());
        assertEquals(expected, read.advice().delimiters(version));
    }

    static Stream<Object[]> unusable() {
        return Stream.of(
                new Object[] {"UNA::.? '", "it declares ':' as both component separator and element separator"},
                new Object[] {"UNA:+.?+'", "it declares '+' as both element separator and repetition separator"},
                new Object[] {"UNA:+.??'", "it declares '?' as both release character and repetition separator"},
                new Object[] {"UNA:+.?*?", "it declares '?' as both segment terminator and release character"},
                new Object[] {"UNAA+.? '", "its component separator 'A' cannot separate EDIFACT data"},
                new Object[] {"UNA:+.? 1", "its segment terminator '1' cannot separate EDIFACT data"},
                new Object[] {"UNA:+.X '", "its release character 'X' cannot be one"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusable")
    void says_why_a_una_cannot_be_used(String una, String problem) {
        assertEquals(problem, ServiceStringAdvice.parse(una).problem());
    }

    @Test
    void without_a_una_the_defaults_are_the_shared_constants() {
        assertSame(Delimiters.EDIFACT_DEFAULT, ServiceStringAdvice.DEFAULT.delimiters(4));
        assertSame(ServiceStringAdvice.DEFAULT_BEFORE_VERSION_4, ServiceStringAdvice.DEFAULT.delimiters(3));
        assertEquals(true, ServiceStringAdvice.isImplied(ServiceStringAdvice.DEFAULT.delimiters(2)));
        assertEquals(false, ServiceStringAdvice.isImplied(ServiceStringAdvice.parse("UNA:+.? '").advice().delimiters(4)));
    }
}
