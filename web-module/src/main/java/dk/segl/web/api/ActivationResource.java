package dk.segl.web.api;

import dk.segl.organisation.UserService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The activation link's endpoint: no login, the token is the proof. */
@RequestScoped
@Path("activation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivationResource {

    @EJB
    UserService users;

    @POST
    public Views.ActivatedView activate(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        var user = users.activate(in.requiredString("token"), in.requiredString("password").toCharArray());
        return new Views.ActivatedView(user.loginName(), user.status().name());
    }
}
