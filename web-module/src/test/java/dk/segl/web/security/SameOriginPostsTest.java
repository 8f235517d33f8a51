package dk.segl.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginPostsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://localhost:8080|http://localhost:8080",
            "http://localhost:8080/users.xhtml?x=1|http://localhost:8080",
            "HTTPS://Segl.Example:443/|https://segl.example",
            "http://segl.example:80|http://segl.example",
            "https://segl.example:8443/a|https://segl.example:8443",
            "http://localhost.evil.example:8080/|http://localhost.evil.example:8080",
            "http://localhost:8080.evil.example/|''",
            "null|''",
            "''|''",
            "/users.xhtml|''",
            "http://[bad|''"})
    void anOriginIsSchemeHostAndANonDefaultPort(String url, String origin) {
        assertEquals(origin, SameOriginPosts.origin(url));
    }
}
