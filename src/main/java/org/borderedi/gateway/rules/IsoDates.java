package org.borderedi.gateway.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the date of a route or conveyance time written in ISO 8601: a date (2026-03-02, or 20260302 in the basic
 * form), a local date-time (2026-03-02T10:15) or a date-time with an offset (2026-03-02T10:15Z).
 */
final class IsoDates {

    private static final List<Function<String, LocalDate>> READERS = List.of(
            LocalDate::parse,
            text -> LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE),
            text -> LocalDateTime.parse(text).toLocalDate(),
            text -> OffsetDateTime.parse(text).toLocalDate());

    private IsoDates() {
    }

    static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Function<String, LocalDate> reader : READERS) {
            try {
                return Optional.of(reader.apply(text.trim()));
            } catch (DateTimeParseException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }

    static boolean isDate(String text) {
        return date(text).isPresent();
    }
}
