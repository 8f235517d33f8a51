package dk.segl.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "a browser on a page|text/html,application/xhtml+xml,*/*;q=0.8|/users.xhtml|true",
            "a browser on the root|text/html|/|true",
            "a browser that followed a link to the API|text/html,*/*|/api/v1/organisations|false",
            "a browser on the error pages' own address|text/html|/errors/404|false",
            "a program asking for JSON|application/json|/users.xhtml|false",
            "curl, any type|*/*|/users.xhtml|false",
            "no Accept at all|none|/users.xhtml|false"})
    void aPageGoesToBrowsersAndNeverForTheApi(String who, String accept, String uri, boolean page) {
        assertEquals(page, PageRequest.wanted(accept, "", uri));
    }
}
