package dk.segl.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
