package org.borderedi.gateway.translation.draft;

import java.util.function.UnaryOperator;
import org.borderedi.gateway.model.Measure;
import org.borderedi.gateway.model.Text;

/** An amount and its unit code as they arrive, often from different elements, made one {@link Measure}. */
final class MeasureDraft {

    private final UnaryOperator<String> normalise;
    private Text amount;
    private Text unit;

    MeasureDraft(UnaryOperator<String> normalise) {
        this.normalise = normalise;
    }

    static MeasureDraft weight() {
        return new MeasureDraft(Units::weight);
    }

    static MeasureDraft volume() {
        return new MeasureDraft(Units::volume);
    }

    static MeasureDraft asWritten() {
        return new MeasureDraft(UnaryOperator.identity());
    }

    void amount(Text amount) {
        this.amount = amount;
    }

    void unit(Text unit) {
        this.unit = unit;
    }

    Measure build() {
        if (amount == null) {
            return null;
        }
        String original = unit == null ? null : unit.value();
        return new Measure(amount.value(), normalise.apply(original), original, amount.source());
    }
}
