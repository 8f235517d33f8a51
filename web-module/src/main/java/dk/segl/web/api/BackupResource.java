package dk.segl.web.api;

import dk.segl.operations.BackupTaken;
import dk.segl.operations.Backups;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Operators take an online backup; the archive stays on the server, under SEGL_HOME/backups. */
@RequestScoped
@Path("operations/backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @EJB
    Backups backups;

    @Inject
    CurrentActor actor;

    @POST
    public Response take() {
        BackupTaken taken = backups.take(actor.get());
        return Response.status(Response.Status.CREATED).entity(taken).build();
    }
}
