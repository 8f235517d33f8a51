package dk.segl.web.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The addresses the emails link to, {@code /issue} and {@code /activate}, shown by their pages;
 * the query string (order and token) travels with the forward. The pages' Referrer-Policy is
 * same-origin, so the token never leaves for another site in a Referer header.
 */
@WebServlet({"/issue", "/activate"})
public class LinkPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher(request.getServletPath() + ".xhtml").forward(request, response);
    }
}
