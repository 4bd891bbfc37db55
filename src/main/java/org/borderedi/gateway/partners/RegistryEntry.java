package org.borderedi.gateway.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A YAML mapping of the registry being read. It remembers which partner and field it is, so that every problem it
 * reports says where it is, and it refuses fields it does not know (a misspelt {@code pasword-hash} must not be
 * silently ignored).
 */
final class RegistryEntry {

    private final Map<?, ?> map;
    private final String partner;
    private final String path;
    private final List<RegistryException.Problem> problems;
    private final UnaryOperator<String> environment;

    RegistryEntry(
            Map<?, ?> map,
            String partner,
            String path,
            List<RegistryException.Problem> problems,
            UnaryOperator<String> environment) {
        this.map = map;
        this.partner = partner;
        this.path = path;
        this.problems = problems;
        this.environment = environment;
    }

    RegistryEntry forPartner(String partnerId) {
        return new RegistryEntry(map, partnerId, path, problems, environment);
    }

    List<RegistryException.Problem> problems() {
        return problems;
    }

    void problem(String key, String message) {
        problems.add(new RegistryException.Problem(partner, field(key), message));
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    void onlyKnownFields(String... known) {
        Set<String> allowed = Set.of(known);
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                problem(String.valueOf(key), "unknown field (known here: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** A required plain text value; empty when missing or wrong (the problem is already recorded). */
    Optional<String> text(String key) {
        Optional<String> value = optionalText(key);
        if (value.isEmpty() && !has(key)) {
            problem(key, "is required");
        }
        return value;
    }

    Optional<String> optionalText(String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List) {
            problem(key, "must be a single value");
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        if (text.isEmpty()) {
            problem(key, "must not be empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A credential: the value itself, or {@code ${env:NAME}} to take it from the environment. */
    Optional<String> secret(String key) {
        return optionalText(key).flatMap(value -> {
            if (!value.startsWith("${env:")) {
                return Optional.of(value);
            }
            if (!value.endsWith("}") || value.length() <= "${env:}".length()) {
                problem(key, "write an environment reference as ${env:NAME}");
                return Optional.empty();
            }
            String name = value.substring("${env:".length(), value.length() - 1);
            String resolved = environment.apply(name);
            if (resolved == null || resolved.isBlank()) {
                problem(key, "environment variable " + name + " is not set");
                return Optional.empty();
            }
            return Optional.of(resolved.strip());
        });
    }

    <T> Optional<T> parsed(String key, Optional<String> text, Function<String, T> parser) {
        return text.flatMap(value -> {
            try {
                return Optional.of(parser.apply(value));
            } catch (IllegalArgumentException e) {
                problem(key, e.getMessage());
                return Optional.empty();
            }
        });
    }

    Optional<Integer> optionalInteger(String key) {
        return parsed(key, optionalText(key), value -> {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number, not '" + value + "'");
            }
        });
    }

    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type, Function<E, String> spelling, boolean required) {
        Optional<String> text = required ? text(key) : optionalText(key);
        return text.flatMap(value -> {
            for (E constant : type.getEnumConstants()) {
                if (spelling.apply(constant).equals(value)) {
                    return Optional.of(constant);
                }
            }
            problem(key, "'" + value + "' is not one of " + spellings(type, spelling));
            return Optional.empty();
        });
    }

    /** A list of plain text values; an absent list is empty. */
    List<String> texts(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(key, "must be a list");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item == null || item instanceof Map || item instanceof List || String.valueOf(item).isBlank()) {
                problem(key + "[" + i + "]", "must be a non-empty single value");
            } else {
                texts.add(String.valueOf(item).strip());
            }
        }
        return texts;
    }

    /** A nested mapping; an absent one reads as empty. */
    RegistryEntry child(String key) {
        Object value = map.get(key);
        if (value != null && !(value instanceof Map)) {
            problem(key, "must be a mapping of fields");
            value = null;
        }
        return new RegistryEntry(value == null ? Map.of() : (Map<?, ?>) value, partner, field(key), problems, environment);
    }

    private static <E extends Enum<E>> String spellings(Class<E> type, Function<E, String> spelling) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(spelling.apply(constant));
        }
        return String.join(", ", names);
    }
}
