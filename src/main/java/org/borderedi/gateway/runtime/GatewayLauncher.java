package org.borderedi.gateway.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.RuntimeCamelException;

/**
 * The command line: {@code run} (the default) starts the gateway; {@code hash-password} makes a registry password
 * hash. {@code --config FILE} names a properties file that overrides application.properties.
 */
public final class GatewayLauncher {

    private static final String USAGE = """
            Usage: java -jar cargo-edi-gateway.jar [command] [--config FILE]

            Commands:
              run                      start the gateway (the default)
              validate FILE [--partner ID]
                                       check a file as the gateway would; print the findings and the
                                       acknowledgments it would send (exit 0 accepted, 1 errors or rejected,
                                       2 unreadable). Without --partner only the standard is checked.
              translate FILE [--format xml|json] [--partner ID]
                                       print the canonical form of every message in a file (findings and business
                                       rule errors to standard error; exit codes as validate)
              bench validate|translate [--format x12|cuscar] [--size-mib 100] [--messages-per-interchange 50000]
                    [--file PATH]      measure syntax validation, or translation to canonical XML, on a generated
                                       file of X12 309 (or CUSCAR) interchanges, kept at PATH when given
              bench stages [--format x12|cuscar] [--size-mib 8]
                                       microseconds per message in each stage of translation: syntax layer, Smooks
                                       with the reader alone, Smooks mapping, canonical XML
              bench startup            time loading the syntax schemas and compiling every Smooks mapping
              tail-queue QUEUE         show what waits on a queue without taking it (targeting.filings,
                                       gateway.outbound, DLQ.gateway.received...); needs gateway.broker.password
              jms-send QUEUE FILE --user U --password P
                                       put a file on a queue as a partner's JMS client would
              hash-password            print the registry hash of a password read from the terminal or standard input
              help                     show this text

            --config FILE     a properties file whose keys override application.properties;
                              environment variables (GATEWAY_BROKER_URL for gateway.broker.url) override both
            """;

    private GatewayLauncher() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (CommandLine.Unusable e) {
            System.err.println(e.getMessage() + "\n\n" + USAGE);
            return 2;
        }
        try {
            if (line.config().isPresent() && !Files.isReadable(line.config().get())) {
                System.err.println("Cannot read the configuration file " + line.config().get());
                return 2;
            }
            return dispatch(line);
        } catch (CommandLine.Unusable e) {
            System.err.println(e.getMessage() + "\n\n" + USAGE);
            return 2;
        } catch (Exception e) {
            System.err.println((line.command().equals("run") ? "The gateway could not start: " : "Failed: ") + startupProblem(e));
            return line.command().equals("run") ? 1 : 2;
        }
    }

    private static int dispatch(CommandLine line) throws Exception {
        switch (line.command()) {
            case "run" -> {
                line.expecting(0, Set.of("config"));
                GatewayApplication.create(line.config(), Map.of()).run();
                return 0;
            }
            case "validate" -> {
                line.expecting(1, Set.of("config", "partner"));
                return ValidateCommand.run(line, System.out);
            }
            case "translate" -> {
                line.expecting(1, Set.of("config", "partner", "format"));
                return TranslateCommand.run(line, System.out, System.err);
            }
            case "bench" -> {
                line.expecting(1, Set.of("config", "size-mib", "messages-per-interchange", "format", "file"));
                return BenchCommand.run(line, System.out);
            }
            case "tail-queue" -> {
                line.expecting(1, Set.of("config"));
                return TailQueueCommand.run(line, System.out);
            }
            case "jms-send" -> {
                line.expecting(2, Set.of("config", "user", "password"));
                return JmsSendCommand.run(line, System.out);
            }
            case "hash-password" -> {
                line.expecting(0, Set.of());
                return HashPasswordCommand.run(System.out, System.err);
            }
            case "help" -> {
                System.out.print(USAGE);
                return 0;
            }
            default -> throw new CommandLine.Unusable("Unknown command: " + line.command());
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
