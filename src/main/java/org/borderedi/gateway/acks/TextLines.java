package org.borderedi.gateway.acks;

import java.util.ArrayList;
import java.util.List;

/** Folds sentences into the short lines some acknowledgments carry (EDIFACT FTX, Cargo-IMP), breaking at spaces. */
public final class TextLines {

    private TextLines() {
    }

    /** At most {@code lines} lines of at most {@code width} characters; what does not fit is left out. */
    public static List<String> wrap(String text, int width, int lines) {
        List<String> wrapped = new ArrayList<>();
        String rest = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty() && wrapped.size() < lines) {
            if (rest.length() <= width) {
                wrapped.add(rest);
                break;
            }
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                cut = width;
            }
            wrapped.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        return wrapped;
    }

    public static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }
}
