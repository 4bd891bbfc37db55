package org.borderedi.gateway.intake;

/**
 * The partner's name for a file, made safe to show: printable ASCII only, no path separators, bounded length. It is
 * carried for people (logs, acknowledgments, the operator) and is never used to build a path.
 */
public final class OriginalName {

    static final int MAX_LENGTH = 128;

    private OriginalName() {
    }

    public static String sanitise(String name) {
        if (name == null) {
            return "unnamed";
        }
        StringBuilder safe = new StringBuilder(Math.min(name.length(), MAX_LENGTH));
        for (int i = 0; i < name.length() && safe.length() < MAX_LENGTH; i++) {
            char c = name.charAt(i);
            boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_';
            safe.append(plain ? c : '_');
        }
        String result = safe.toString();
        // "." and ".." are harmless as text but confusing next to paths; a leading dash looks like an option
        if (result.isEmpty() || result.chars().allMatch(c -> c == '.') || result.startsWith("-")) {
            result = "_" + result;
        }
        return result;
    }
}
