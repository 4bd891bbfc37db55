package org.borderedi.gateway.edi.x12;

import static org.borderedi.gateway.edi.x12.X12TestKit.x12;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read-back check the acknowledgment tests rely on finds broken acknowledgments: those tests can fail. */
class AckParserTest {

    private static final String VALID = x12("""
            ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
            GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
            ST*997*0001~
            AK1*SO*101~
            AK2*309*0001~
            AK3*M11*5*LX*8~
            AK4*6*188*7*X~
            AK5*R*5~
            AK9*R*1*1*0~
            SE*8*0001~
            GE*1*1~
            IEA*1*000000001~
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an AK5 status that does not exist|AK5*R*5~|AK5*Z*5~",
        "a wrong SE01|SE*8*0001~|SE*9*0001~",
        "an AK9 without its counts|AK9*R*1*1*0~|AK9*R~",
        "an extra element from an uncut value|AK4*6*188*7*X~|AK4*6*188*7*X*Y~",
        "an extra segment from an uncut value|AK4*6*188*7*X~|AK4*6*188*7*X~AK5*A~",
        "an AK4 outside an AK3 loop|AK3*M11*5*LX*8~|",
        "a second interchange|IEA*1*000000001~|IEA*1*000000001~" + "ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000002*0*P*>~IEA*0*000000002~"})
    void finds_what_is_wrong_in_an_acknowledgment(String fault, String good, String bad) {
        assertEquals(List.of(), AckParser.errors(VALID));

        assertFalse(AckParser.errors(VALID.replace(good, bad == null ? "" : bad)).isEmpty());
    }
}
