package dk.segl.web.api;

import dk.segl.directory.DirectoryOperations;
import dk.segl.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operators stop and start the public certificate directory's LDAP listener; Segl keeps working meanwhile. */
@RequestScoped
@Path("operations/directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryOperationsResource {

    @EJB
    DirectoryOperations directory;

    @Inject
    CurrentActor actor;

    @POST
    @Path("{action}")
    public JsonObject act(@PathParam("action") String action) {
        boolean listening = switch (action) {
            case "stop" -> directory.stop(actor.get());
            case "start" -> directory.start(actor.get());
            default -> throw DomainException.notFound("The directory operation " + action);
        };
        return Json.createObjectBuilder().add("listening", listening).build();
    }
}
