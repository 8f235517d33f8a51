package dk.segl.web.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether an answer given outside JAX-RS and Faces (the login mechanism, the container's error
 * pages) goes to a person's browser, which gets a page, or to a program, which gets problem+json:
 * a browser asks for HTML, and nothing under {@code /api/} (or the error pages' own address) is a page.
 */
public final class PageRequest {

    private PageRequest() {
    }

    /** {@code requestUri} is the address the client asked for, which an error dispatch has replaced. */
    public static boolean wanted(HttpServletRequest request, String requestUri) {
        return wanted(request.getHeader("Accept"), request.getContextPath(), requestUri);
    }

    static boolean wanted(String accept, String contextPath, String requestUri) {
        return accept != null && accept.contains("text/html")
                && !requestUri.startsWith(contextPath + "/api/")
                && !requestUri.startsWith(contextPath + "/errors/");
    }
}
