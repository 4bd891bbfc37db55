package org.borderedi.gateway.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.RuntimeCamelException;

/**
 * The command line: {@code run} (the default) starts the gateway; {@code hash-password} makes a registry password
 * hash. {@code --config FILE} names a properties file that overrides application.properties.
 */
public final class GatewayLauncher {

    private static final String USAGE = """
            Usage: java -jar cargo-edi-gateway.jar [command] [--config FILE]

            Commands:
              run             start the gateway (the default)
              hash-password   print the registry hash of a password read from the terminal or standard input
              help            show this text

            --config FILE     a properties file whose keys override application.properties;
                              environment variables (GATEWAY_BROKER_URL for gateway.broker.url) override both
            """;

    private GatewayLauncher() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        Deque<String> rest = new ArrayDeque<>(args);
        String command = !rest.isEmpty() && !rest.peek().startsWith("--") ? rest.pop() : "run";
        Optional<Path> config = Optional.empty();
        while (!rest.isEmpty()) {
            String option = rest.pop();
            if (option.equals("--config") && !rest.isEmpty()) {
                config = Optional.of(Path.of(rest.pop()));
            } else {
                System.err.println("Unknown argument: " + option + "\n\n" + USAGE);
                return 2;
            }
        }
        if (config.isPresent() && !Files.isReadable(config.get())) {
            System.err.println("Cannot read the configuration file " + config.get());
            return 2;
        }
        try {
            return switch (command) {
                case "run" -> {
                    GatewayApplication.create(config, Map.of()).run();
                    yield 0;
                }
                case "hash-password" -> HashPasswordCommand.run(System.out, System.err);
                case "help", "--help", "-h" -> {
                    System.out.print(USAGE);
                    yield 0;
                }
                default -> {
                    System.err.println("Unknown command: " + command + "\n\n" + USAGE);
                    yield 2;
                }
            };
        } catch (Exception e) {
            System.err.println("The gateway could not start: " + startupProblem(e));
            return 1;
        }
    }

    /**
     * The reason in the words of whatever failed (the registry names the partner and field, a server its port),
     * not wrapped in framework exceptions or buried in a trace.
     */
    static String startupProblem(Throwable e) {
        Throwable reason = e;
        while (reason.getCause() != null
                && (reason instanceof RuntimeCamelException || String.valueOf(reason.getCause()).equals(reason.getMessage()))) {
            reason = reason.getCause();
        }
        return reason.getMessage() != null ? reason.getMessage() : reason.toString();
    }
}
