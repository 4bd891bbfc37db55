package org.borderedi.gateway.runtime;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.borderedi.gateway.partners.PasswordHash;

/**
 * {@code hash-password}: turns a partner's password into the salted hash the registry stores. It asks twice on a
 * terminal (nothing echoed) or reads one line from standard input.
 */
final class HashPasswordCommand {

    private HashPasswordCommand() {
    }

    static int run(PrintStream out, PrintStream err) throws IOException {
        char[] password = read(err);
        if (password == null) {
            return 2;
        }
        try {
            out.println(PasswordHash.create(password, PasswordHash.DEFAULT_ITERATIONS).encoded());
            return 0;
        } catch (IllegalArgumentException tooShort) {
            err.println("Refused: " + tooShort.getMessage());
            return 1;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] read(PrintStream err) throws IOException {
        Console console = System.console();
        if (console == null) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        }
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, second)) {
            err.println("The two passwords differ.");
            return null;
        }
        Arrays.fill(second, '\0');
        return first;
    }
}
