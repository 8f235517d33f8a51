package dk.segl.web.api;

import dk.segl.error.Rule;
import dk.segl.holder.Cvr;
import dk.segl.organisation.NewUser;
import dk.segl.organisation.OrganisationService;
import dk.segl.organisation.Role;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

@jakarta.enterprise.context.RequestScoped
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @EJB
    OrganisationService organisations;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uri;

    /** The operator creates an organisation and its first organisation administrator. */
    @POST
    public Response create(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        JsonInput admin = in.object("administrator");
        var organisation = organisations.create(actor.get(), new Cvr(in.requiredString("cvr")), in.requiredString("name"),
                new NewUser(admin.requiredString("loginName"), admin.requiredString("name"),
                        admin.requiredString("email"), Set.of(Role.ORGANISATION_ADMINISTRATOR)));
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.cvr().value()).path("settings").build())
                .entity(Views.OrganisationView.of(organisation)).build();
    }

    @GET
    @Path("{cvr}/settings")
    public Views.SettingsView settings(@PathParam("cvr") String cvr) {
        return Views.SettingsView.of(organisations.settings(actor.get(), new Cvr(cvr)));
    }

    @PUT
    @Path("{cvr}/settings")
    public Views.SettingsView updateSettings(@PathParam("cvr") String cvr, JsonObject body) {
        boolean allowed = JsonInput.of(body).bool("userCertificatesAllowed")
                .orElseThrow(() -> dk.segl.error.Rule.FIELD_REQUIRED.refusal("userCertificatesAllowed is required"));
        return Views.SettingsView.of(organisations.allowUserCertificates(actor.get(), new Cvr(cvr), allowed));
    }
}
