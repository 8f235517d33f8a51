package dk.segl.web.security;

import dk.segl.error.Rule;
import dk.segl.operations.MetricsAccess;
import dk.segl.organisation.Role;
import dk.segl.web.api.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Payara serves its MicroProfile {@code /metrics} inside the application at the root context, but
 * past Jakarta Security (it asks no authentication mechanism), so this filter is its door: an
 * operator over HTTP Basic, or a scraper with the configured token as a bearer token
 * ({@link MetricsAccess} decides). Anyone else gets 401, a logged-in non-operator 403.
 */
@WebFilter({"/metrics", "/metrics/*"})
public class MetricsGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MetricsAccess access;

    @Inject
    transient BasicCredentials basic;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            if (access.admitsToken(authorization.substring(7).strip())) {
                chain.doFilter(request, response);
            } else {
                BasicCredentials.refuse(response, Rule.LOGIN_FAILED, "The bearer token is not the configured metrics token");
            }
            return;
        }
        if (!BasicCredentials.isBasic(authorization)) {
            BasicCredentials.refuse(response, Rule.LOGIN_REQUIRED, "Log in with HTTP Basic as an operator");
            return;
        }
        Optional<Set<Role>> roles = basic.check(request, response)
                .map(login -> login.getCallerGroups().stream().map(Role::valueOf).collect(Collectors.toSet()));
        if (roles.isEmpty()) {
            return;
        }
        if (access.admits(roles.get())) {
            chain.doFilter(request, response);
        } else {
            BasicCredentials.answer(response, HttpServletResponse.SC_FORBIDDEN,
                    Problem.json(403, "Forbidden", Rule.PERMISSION_MISSING, Rule.PERMISSION_MISSING.text()));
        }
    }
}
