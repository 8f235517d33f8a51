package dk.segl.web.api;

import dk.segl.holder.Cvr;
import dk.segl.organisation.NewUser;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserChanges;
import dk.segl.organisation.UserService;
import dk.segl.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@jakarta.enterprise.context.RequestScoped
@Path("organisations/{cvr}/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class UserResource {

    @EJB
    UserService users;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uri;

    @PathParam("cvr")
    String cvr;

    @GET
    public Views.PageView<Views.UserView> list(@QueryParam("query") String query,
                                               @QueryParam("page") @DefaultValue("0") String page,
                                               @QueryParam("size") @DefaultValue("20") String size) {
        return Views.PageView.of(users.list(actor.get(), new Cvr(cvr), query, Paging.of(page, size)),
                Views.UserView::of);
    }

    @POST
    public Response create(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        var user = users.create(actor.get(), new Cvr(cvr), new NewUser(in.requiredString("loginName"),
                in.requiredString("name"), in.requiredString("email"), roles(in.strings("roles").orElse(List.of()))));
        return Response.created(uri.getAbsolutePathBuilder().path(user.id()).build())
                .entity(Views.UserView.of(user)).build();
    }

    @GET
    @Path("{userId}")
    public Views.UserView get(@PathParam("userId") String userId) {
        return Views.UserView.of(users.get(actor.get(), new Cvr(cvr), userId));
    }

    @PATCH
    @Path("{userId}")
    public Views.UserView edit(@PathParam("userId") String userId, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return Views.UserView.of(users.edit(actor.get(), new Cvr(cvr), userId, new UserChanges(
                in.string("name"), in.string("email"), in.strings("roles").map(UserResource::roles))));
    }

    @DELETE
    @Path("{userId}")
    public Response delete(@PathParam("userId") String userId) {
        users.delete(actor.get(), new Cvr(cvr), userId);
        return Response.noContent().build();
    }

    private static Set<Role> roles(List<String> names) {
        return names.stream().map(Role::parse).collect(Collectors.toSet());
    }
}
