package org.borderedi.gateway.runtime;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The launcher's arguments: a command (run when none is given), its positional arguments, and {@code --name value}
 * options.
 */
record CommandLine(String command, List<String> arguments, Map<String, String> options) {

    /** Thrown for arguments the launcher cannot make sense of; its message says which. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    static CommandLine parse(List<String> args) throws Unusable {
        Deque<String> rest = new ArrayDeque<>(args);
        if (!rest.isEmpty() && (rest.peek().equals("--help") || rest.peek().equals("-h"))) {
            return new CommandLine("help", List.of(), Map.of());
        }
        String command = !rest.isEmpty() && !rest.peek().startsWith("--") ? rest.pop() : "run";
        List<String> arguments = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        while (!rest.isEmpty()) {
            String next = rest.pop();
            if (next.startsWith("--")) {
                if (rest.isEmpty() || rest.peek().startsWith("--")) {
                    throw new Unusable("the option " + next + " needs a value");
                }
                options.put(next.substring(2), rest.pop());
            } else {
                arguments.add(next);
            }
        }
        return new CommandLine(command, List.copyOf(arguments), Map.copyOf(options));
    }

    /** Refuses options the command does not know and a wrong number of positional arguments. */
    CommandLine expecting(int argumentCount, Set<String> knownOptions) throws Unusable {
        for (String option : options.keySet()) {
            if (!knownOptions.contains(option)) {
                throw new Unusable("the command " + command + " has no option --" + option);
            }
        }
        if (arguments.size() != argumentCount) {
            throw new Unusable("the command " + command + " takes " + argumentCount + " argument(s), not " + arguments.size());
        }
        return this;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    Optional<Path> config() {
        return option("config").map(Path::of);
    }
}
