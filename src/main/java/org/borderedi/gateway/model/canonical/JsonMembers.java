package org.borderedi.gateway.model.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The members of one JSON object of a canonical filing, read by name with their types checked, and every member not
 * read reported as unknown, each problem named by its path ({@code $.consignments[0].parties[1].name}).
 */
final class JsonMembers {

    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private JsonMembers(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonMembers of(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new CanonicalFormatException(path + ": must be an object");
        }
        return new JsonMembers(node, path);
    }

    String path() {
        return path;
    }

    String path(String name) {
        return path + '.' + name;
    }

    /** A string member, or null when absent (or JSON null). */
    String string(String name) {
        JsonNode value = member(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new CanonicalFormatException(path(name) + ": must be a string");
        }
        return value.textValue();
    }

    /** A string member that must be there. */
    String requiredString(String name) {
        String value = string(name);
        if (value == null) {
            throw new CanonicalFormatException(path(name) + ": is missing");
        }
        return value;
    }

    /** A string member that must be one of the constants of an enum, or null when absent. */
    <E extends Enum<E>> E constant(String name, Class<E> type) {
        String value = string(name);
        return value == null ? null : constant(path(name), value, type);
    }

    static <E extends Enum<E>> E constant(String path, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            throw new CanonicalFormatException(path + ": " + value + " is not one of " + names);
        }
    }

    boolean bool(String name) {
        JsonNode value = member(name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new CanonicalFormatException(path(name) + ": must be true or false");
        }
        return value.booleanValue();
    }

    /** An object member read into a value, or null when absent. */
    <T> T object(String name, Function<JsonMembers, T> reader) {
        JsonNode value = member(name);
        return value == null ? null : finished(JsonMembers.of(value, path(name)), reader);
    }

    /** An array member of objects, each read into a value; empty when absent. */
    <T> List<T> objects(String name, Function<JsonMembers, T> reader) {
        List<T> items = new ArrayList<>();
        int index = 0;
        for (JsonNode item : array(name)) {
            items.add(finished(JsonMembers.of(item, path(name) + '[' + index++ + ']'), reader));
        }
        return items;
    }

    /** An array member of strings; empty when absent. */
    List<String> strings(String name) {
        List<String> items = new ArrayList<>();
        int index = 0;
        for (JsonNode item : array(name)) {
            if (!item.isTextual()) {
                throw new CanonicalFormatException(path(name) + '[' + index + "]: must be a string");
            }
            items.add(item.textValue());
            index++;
        }
        return items;
    }

    private Iterable<JsonNode> array(String name) {
        JsonNode value = member(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new CanonicalFormatException(path(name) + ": must be an array");
        }
        return value;
    }

    private JsonNode member(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static <T> T finished(JsonMembers members, Function<JsonMembers, T> reader) {
        T value = reader.apply(members);
        members.refuseUnknown();
        return value;
    }

    /** Refuses members that were not read: a misspelt name would otherwise lose its value silently. */
    void refuseUnknown() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new CanonicalFormatException(path(name) + ": unknown member");
            }
        }
    }
}
