package dk.segl.web.api;

import dk.segl.holder.Cvr;
import dk.segl.organisation.NewUser;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserChanges;
import dk.segl.organisation.UserService;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Listing, creating, editing and deleting an organisation's users, with the same JSON and rules
 * wherever they are offered; each resource says which organisation the request acts in.
 */
public abstract class UserOperations {

    @EJB
    UserService users;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uri;

    /** The organisation the request acts in. */
    protected abstract Cvr organisation();

    @GET
    public Views.PageView<Views.UserView> list(@QueryParam("query") String query,
                                               @QueryParam("page") @DefaultValue("0") String page,
                                               @QueryParam("size") @DefaultValue("20") String size) {
        return Views.PageView.of(users.list(actor.get(), organisation(), query, Paging.of(page, size)),
                Views.UserView::of);
    }

    @POST
    public Response create(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        var user = users.create(actor.get(), organisation(), new NewUser(in.requiredString("loginName"),
                in.requiredString("name"), in.requiredString("email"), roles(in.strings("roles").orElse(List.of()))));
        return Response.created(uri.getAbsolutePathBuilder().path(user.id()).build())
                .entity(Views.UserView.of(user)).build();
    }

    @GET
    @Path("{userId}")
    public Views.UserView get(@PathParam("userId") String userId) {
        return Views.UserView.of(users.get(actor.get(), organisation(), userId));
    }

    @PATCH
    @Path("{userId}")
    public Views.UserView edit(@PathParam("userId") String userId, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return Views.UserView.of(users.edit(actor.get(), organisation(), userId, new UserChanges(
                in.string("name"), in.string("email"), in.strings("roles").map(UserOperations::roles))));
    }

    @DELETE
    @Path("{userId}")
    public Response delete(@PathParam("userId") String userId) {
        users.delete(actor.get(), organisation(), userId);
        return Response.noContent().build();
    }

    private static Set<Role> roles(List<String> names) {
        return names.stream().map(Role::parse).collect(Collectors.toSet());
    }
}
