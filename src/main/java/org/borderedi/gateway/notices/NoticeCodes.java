package org.borderedi.gateway.notices;

import java.util.Optional;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;

/**
 * The code each decision gets in each notice format, by the state its hold is in: the one table of status codes (see
 * the package documentation for what each code means and why it was chosen).
 */
enum NoticeCodes {
    //                               X12 350 X4-07       CUSRES 7365       CAMIR PSN                XCSN
    ASSESSMENT_COMPLETE(             none(),             always("1"),      always("SF"),            always("CO")),
    RELEASE(                         always("1C"),       always("4"),      none(),                  none()),
    HOLD_PLACED(                     hold("1H", "1I"),   hold("7", "1"),   none(),                  none()),
    HOLD_REMOVED(                    always("1I"),       always("1"),      none(),                  none()),
    DO_NOT_LOAD(                     hold("6H", "6I"),   hold("7", "1"),   hold("6H", "6J", "6I"),  hold("CD", "CO")),
    DO_NOT_LOAD_REMOVED(             always("6I"),       always("1"),      always("6I"),            always("CO")),
    REQUEST_FOR_INFORMATION(         none(),             hold("7", "1"),   hold("7H", "7J", "7I"),  hold("RI", "CO")),
    REQUEST_FOR_INFORMATION_REMOVED( none(),             always("1"),      always("7I"),            always("CO")),
    REQUEST_FOR_SCREENING(           none(),             hold("5", "1"),   hold("8H", "8J", "8I"),  hold("RS", "CO")),
    REQUEST_FOR_SCREENING_REMOVED(   none(),             always("1"),      always("8I"),            always("CO")),
    EXAMINATION_REQUIRED(            hold("1A", "1B"),   hold("5", "4"),   none(),                  none()),
    EXAMINATION_RESULT(              always("1B"),       always("4"),      none(),                  none()),
    ARRIVED(                         always("19"),       none(),           none(),                  none());

    private final ByState x12;
    private final ByState cusres;
    private final ByState psn;
    private final ByState xcsn;

    NoticeCodes(ByState x12, ByState cusres, ByState psn, ByState xcsn) {
        this.x12 = x12;
        this.cusres = cusres;
        this.psn = psn;
        this.xcsn = xcsn;
    }

    /** The code, or empty when the format has none for this decision (no notice is written then). */
    static Optional<String> of(NoticeKind kind, DecisionKind decision, HoldState state) {
        NoticeCodes row = valueOf(decision.name());
        ByState column = switch (kind) {
            case X12_350 -> row.x12;
            case CUSRES -> row.cusres;
            case CAMIR_PSN -> row.psn;
            case XCSN -> row.xcsn;
            case CANONICAL_DECISION -> always(decision.name());
        };
        return Optional.ofNullable(column.in(state));
    }

    /** One code per hold state; null where the format has none. */
    private record ByState(String placed, String inPlace, String resolved) {

        String in(HoldState state) {
            return switch (state) {
                case PLACED -> placed;
                case IN_PLACE -> inPlace;
                case RESOLVED -> resolved;
            };
        }
    }

    /** The same code whatever the state: single events and removals. */
    private static ByState always(String code) {
        return new ByState(code, code, code);
    }

    /** A hold with no "still in place" code of its own: placed and in place share one, resolved has another. */
    private static ByState hold(String placed, String resolved) {
        return new ByState(placed, placed, resolved);
    }

    private static ByState hold(String placed, String inPlace, String resolved) {
        return new ByState(placed, inPlace, resolved);
    }

    private static ByState none() {
        return new ByState(null, null, null);
    }
}
