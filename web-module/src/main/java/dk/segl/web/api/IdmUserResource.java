package dk.segl.web.api;

import dk.segl.holder.Cvr;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The IdM API's users: those of the organisation whose system certificate the caller presented
 * (see {@link dk.segl.web.security.IdmSystemLogin}); users it creates are active at once.
 */
@RequestScoped
@Path("idm/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class IdmUserResource extends UserOperations {

    @Override
    protected Cvr organisation() {
        return actor.ownOrganisation();
    }
}
