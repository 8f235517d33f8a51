package dk.segl.web.api;

import dk.segl.holder.Cvr;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A user administrator's view of one user's certificates, in the organisation the URL names. */
@RequestScoped
@Path("organisations/{cvr}/users/{userId}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource extends CertificateOperations {

    @PathParam("cvr")
    String cvr;

    @Override
    protected Cvr organisation() {
        return new Cvr(cvr);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        certificates.delete(actor.get(), organisation(), userId, id);
        return Response.noContent().build();
    }
}
