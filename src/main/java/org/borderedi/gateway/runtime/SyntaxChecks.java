package org.borderedi.gateway.runtime;

import java.util.Map;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxCheck;
import org.borderedi.gateway.edi.cargoimp.CargoImpValidator;
import org.borderedi.gateway.edi.edifact.EdifactValidator;
import org.borderedi.gateway.edi.x12.X12Validator;

/** The syntax layer as the gateway runs it: the validators of every syntax it checks, their schemas loaded once. */
public final class SyntaxChecks {

    private SyntaxChecks() {
    }

    public static SyntaxCheck standard() {
        return new SyntaxCheck(Map.of(Syntax.X12, new X12Validator(), Syntax.EDIFACT, new EdifactValidator(),
                Syntax.CARGO_IMP, new CargoImpValidator()));
    }
}
