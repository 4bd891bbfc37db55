package org.borderedi.gateway.edi;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Random single changes to the segments of an interchange, for tests that hold two checking paths to the same
 * answers: a segment dropped, repeated, moved or renamed; an element emptied, cut, added, or given a probing value;
 * with a component separator, one component of an element changed.
 *
 * @param element   the element separator
 * @param component the component separator, or 0 to leave components alone
 * @param envelope  the tags left unchanged (envelope segments)
 * @param values    the values elements are given
 */
public record SegmentMutations(char element, char component, Set<String> envelope, List<String> values) {

    /** The segments (without terminators) with one random change to one segment outside the envelope. */
    public List<String> mutate(List<String> segments, Random random) {
        List<Integer> inner = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!envelope.contains(tag(segments.get(i)))) {
                inner.add(i);
            }
        }
        List<String> copy = new ArrayList<>(segments);
        if (inner.isEmpty()) {
            return copy;
        }
        int at = inner.get(random.nextInt(inner.size()));
        List<String> fields = new ArrayList<>(List.of(split(copy.get(at), element)));
        switch (random.nextInt(10)) {
            case 0 -> copy.remove(at);
            case 1 -> copy.add(at, copy.get(at));
            case 2 -> {
                int other = inner.get(random.nextInt(inner.size()));
                String moved = copy.remove(at);
                copy.add(Math.min(other, copy.size()), moved);
            }
            case 3 -> {
                fields.set(0, tag(copy.get(inner.get(random.nextInt(inner.size())))));
                copy.set(at, join(fields, element));
            }
            case 4 -> {
                fields.add(random.nextBoolean() ? "" : value(random));
                copy.set(at, join(fields, element));
            }
            case 5 -> {
                if (fields.size() > 1) {
                    copy.set(at, join(fields.subList(0, 1 + random.nextInt(fields.size() - 1)), element));
                }
            }
            case 6 -> {
                if (fields.size() > 1 && component != 0) {
                    int e = 1 + random.nextInt(fields.size() - 1);
                    List<String> components = new ArrayList<>(List.of(split(fields.get(e), component)));
                    components.set(random.nextInt(components.size()), value(random));
                    fields.set(e, join(components, component));
                    copy.set(at, join(fields, element));
                }
            }
            default -> {
                if (fields.size() > 1) {
                    fields.set(1 + random.nextInt(fields.size() - 1), value(random));
                    copy.set(at, join(fields, element));
                }
            }
        }
        return copy;
    }

    private String value(Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private String tag(String segment) {
        int end = segment.indexOf(element);
        return end < 0 ? segment : segment.substring(0, end);
    }

    private static String[] split(String text, char separator) {
        return text.split(Pattern.quote(String.valueOf(separator)), -1);
    }

    private static String join(List<String> parts, char separator) {
        return String.join(String.valueOf(separator), parts);
    }
}
