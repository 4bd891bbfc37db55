package org.borderedi.gateway.partners;

import java.util.List;
import java.util.stream.Collectors;

/** The partner registry cannot be used; the message lists every problem with the partner and field it concerns. */
public final class RegistryException extends RuntimeException {

    private final List<Problem> problems;

    public RegistryException(String source, List<Problem> problems) {
        super("Partner registry " + source + " is not valid:\n" + problems.stream()
                .map(p -> "  - " + p)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One thing wrong with the registry.
     *
     * @param partner the partner's id, or its position ({@code partners[2]}) when it has no usable id; null for the
     *                file as a whole
     * @param field   the field's path inside the partner entry, such as {@code channel.password-hash}
     */
    public record Problem(String partner, String field, String message) {
        @Override
        public String toString() {
            String where = partner == null ? field : "partner '" + partner + "', field " + field;
            return where + ": " + message;
        }
    }
}
