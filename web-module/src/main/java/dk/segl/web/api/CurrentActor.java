package dk.segl.web.api;

import dk.segl.organisation.Actor;
import dk.segl.organisation.Actors;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** Who is calling, looked up afresh for each request so a removed role or user takes effect at once. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @EJB
    Actors actors;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            var principal = security.getCallerPrincipal();
            actor = actors.byLoginName(principal == null ? null : principal.getName());
        }
        return actor;
    }
}
