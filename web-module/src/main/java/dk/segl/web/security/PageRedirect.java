package dk.segl.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sends a page request elsewhere: an HTTP redirect, or for an ajax request (which cannot follow
 * one to a page) a redirect written as a partial response, which Faces' script follows.
 */
final class PageRedirect {

    private PageRedirect() {
    }

    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    static void to(HttpServletRequest request, HttpServletResponse response, String location) throws IOException {
        if (!isAjax(request)) {
            response.sendRedirect(location);
            return;
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + location + "\"/></partial-response>");
        response.flushBuffer();
    }
}
