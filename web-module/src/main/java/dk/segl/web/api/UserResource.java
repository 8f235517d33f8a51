package dk.segl.web.api;

import dk.segl.holder.Cvr;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The users of the organisation the URL names, for its user administrators (and anyone it lets read). */
@RequestScoped
@Path("organisations/{cvr}/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class UserResource extends UserOperations {

    @PathParam("cvr")
    String cvr;

    @Override
    protected Cvr organisation() {
        return new Cvr(cvr);
    }
}
