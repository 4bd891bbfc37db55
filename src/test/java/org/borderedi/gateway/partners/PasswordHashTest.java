package org.borderedi.gateway.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @Test
    void a_stored_hash_reads_back_and_checks_the_password() {
        PasswordHash stored = PasswordHash.create(PASSWORD, PasswordHash.MINIMUM_ITERATIONS);
        PasswordHash read = PasswordHash.parse(stored.encoded());
        assertEquals(stored, read);
        assertTrue(read.matches(PASSWORD));
        assertFalse(read.matches("correct horse battery!".toCharArray()));
        assertFalse(read.matches(new char[0]));
        assertFalse(read.matches(null));
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertNotEquals(PasswordHash.create(PASSWORD, PasswordHash.MINIMUM_ITERATIONS).encoded(),
                PasswordHash.create(PASSWORD, PasswordHash.MINIMUM_ITERATIONS).encoded());
    }

    @Test
    void refuses_short_passwords_weak_hashes_and_other_formats() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.create("too-short".toCharArray(), PasswordHash.DEFAULT_ITERATIONS));
        String weak = PasswordHash.create(PASSWORD, PasswordHash.MINIMUM_ITERATIONS).encoded()
                .replace("i=" + PasswordHash.MINIMUM_ITERATIONS, "i=1000");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(weak)).getMessage().contains("at least"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g="));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("correct horse battery"));
    }

    @Test
    void never_shows_the_hash_in_logs() {
        PasswordHash hash = PasswordHash.create(PASSWORD, PasswordHash.MINIMUM_ITERATIONS);
        assertFalse(hash.toString().contains(hash.encoded().substring(hash.encoded().lastIndexOf('$') + 1)));
    }

    @Test
    void a_login_that_does_not_exist_never_matches() {
        assertFalse(PasswordHash.matchesNoLogin(PASSWORD));
        assertFalse(PasswordHash.matchesNoLogin(new char[0]));
        assertFalse(PasswordHash.matchesNoLogin(null));
    }
}
