package dk.segl.web.api;

import dk.segl.holder.Cvr;
import dk.segl.organisation.UserImport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;

/**
 * Many users from CSV (name, email, loginName, roles, action: create, update or delete); the
 * answer reports every line, done or refused and why. The body is bounded in bytes here and in lines by the import itself.
 */
@RequestScoped
@Path("organisations/{cvr}/users/import")
public class UserImportResource {

    @EJB
    UserImport userImport;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Views.ImportLineView> importUsers(@PathParam("cvr") String cvr, InputStream csv) {
        return userImport.run(actor.get(), new Cvr(cvr), BoundedBody.csv(csv)).stream()
                .map(Views.ImportLineView::of).toList();
    }
}
