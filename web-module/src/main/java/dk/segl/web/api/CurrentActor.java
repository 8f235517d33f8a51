package dk.segl.web.api;

import dk.segl.holder.Cvr;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Actors;
import dk.segl.organisation.Organisations;
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

    @EJB
    Organisations organisations;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            var principal = security.getCallerPrincipal();
            actor = actors.byLoginName(principal == null ? null : principal.getName());
        }
        return actor;
    }

    /** The caller's own organisation, for the IdM API: it acts there whatever the URL or body says. */
    public Cvr ownOrganisation() {
        return organisations.of(get()).cvr();
    }
}
