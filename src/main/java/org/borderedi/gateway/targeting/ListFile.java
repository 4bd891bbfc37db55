package org.borderedi.gateway.targeting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of the engine's lists, a small CSV file: UTF-8; blank lines and lines starting with {@code #} ignored; the
 * first other line is the header, which must be the expected one; fields separated by commas, spaces around them
 * trimmed; a field in double quotes may hold commas, and {@code ""} inside it stands for a quote.
 */
final class ListFile {

    /** One data line: its line number in the file (for messages) and its fields, an empty field as "". */
    record Row(int line, List<String> fields) {

        String field(int index) {
            return fields.get(index);
        }

        /** The field, or null when empty. */
        String optional(int index) {
            String value = fields.get(index);
            return value.isEmpty() ? null : value;
        }
    }

    private ListFile() {
    }

    static List<Row> read(URL file, String name, List<String> header) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            while ((text = in.readLine()) != null) {
                number++;
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(text, name, number);
                if (!headerSeen) {
                    if (!fields.equals(header)) {
                        throw new IOException(name + " line " + number + ": the header must be "
                                + String.join(",", header) + ", not " + text.strip());
                    }
                    headerSeen = true;
                } else if (fields.size() != header.size()) {
                    throw new IOException(name + " line " + number + ": " + fields.size() + " fields, the header has "
                            + header.size());
                } else {
                    rows.add(new Row(number, fields));
                }
            }
        }
        if (!headerSeen) {
            throw new IOException(name + ": no header line " + String.join(",", header));
        }
        return rows;
    }

    static List<String> fields(String line, String name, int number) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (!wasQuoted || !Character.isWhitespace(c)) {
                if (wasQuoted) {
                    throw new IOException(name + " line " + number + ": text after a closing quote");
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new IOException(name + " line " + number + ": a quote is not closed");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        return fields;
    }
}
