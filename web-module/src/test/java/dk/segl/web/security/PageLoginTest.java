package dk.segl.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageLoginTest {

    @Test
    void pagesAndTheIssuanceLinkNeedALogin() {
        assertTrue(PageLogin.isProtectedPage("/"));
        assertTrue(PageLogin.isProtectedPage("/issue"));
        assertTrue(PageLogin.isProtectedPage("/users.xhtml"));
        assertTrue(PageLogin.isProtectedPage("/settings.xhtml"));
    }

    @Test
    void loginActivationFacesResourcesAndRelyingPartyAddressesDoNot() {
        assertFalse(PageLogin.isProtectedPage("/login.xhtml"));
        assertFalse(PageLogin.isProtectedPage("/activate"));
        assertFalse(PageLogin.isProtectedPage("/activate.xhtml"));
        assertFalse(PageLogin.isProtectedPage("/jakarta.faces.resource/theme.css.xhtml"));
        assertFalse(PageLogin.isProtectedPage("/crl/issuing.crl"));
        assertFalse(PageLogin.isProtectedPage("/ca/root.cer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/users.xhtml", "/issue?order=1&token=abc", "/user.xhtml?id=a/b", "/%2F%2Fevil.example"})
    void theLoginReturnsToPathsOfSeglsOwn(String target) {
        assertTrue(PageLogin.isOwnPath(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "//evil.example", "//evil.example/users.xhtml", "/\\evil.example", "/\\/evil.example",
            "\\evil.example", "https://evil.example/", "javascript:alert(1)", "evil.example", "/\t/evil.example",
            "/\n/evil.example", "/ /evil.example", "/users.xhtml\r\nSet-Cookie: x=1"})
    void neverToAnotherHost(String target) {
        assertFalse(PageLogin.isOwnPath(target));
    }
}
