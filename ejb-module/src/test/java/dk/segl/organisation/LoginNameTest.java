package dk.segl.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import org.junit.jupiter.api.Test;

class LoginNameTest {

    @Test
    void loginNamesAreCaseInsensitive() {
        assertEquals("alice", new LoginName("Alice").value());
        assertEquals(Rule.LOGIN_NAME_FORMAT, assertThrows(DomainException.class, () -> new LoginName("a b")).rule());
    }
}
