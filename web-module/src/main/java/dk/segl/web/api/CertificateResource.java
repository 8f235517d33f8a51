package dk.segl.web.api;

import dk.segl.certificate.CertificateOrderService;
import dk.segl.certificate.OrderRequest;
import dk.segl.certificate.RevocationReason;
import dk.segl.error.EnumValue;
import dk.segl.error.Rule;
import dk.segl.holder.Cvr;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;

/** A user administrator's view of one user's certificates. */
@jakarta.enterprise.context.RequestScoped
@Path("organisations/{cvr}/users/{userId}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @EJB
    CertificateOrderService certificates;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @PathParam("cvr")
    String cvr;

    @PathParam("userId")
    String userId;

    @GET
    public Views.PageView<Views.CertificateView> list(@QueryParam("page") @DefaultValue("0") String page,
                                                      @QueryParam("size") @DefaultValue("20") String size) {
        return Views.PageView.of(certificates.list(actor.get(), new Cvr(cvr), userId, Paging.of(page, size)),
                c -> Views.CertificateView.of(c, clock));
    }

    /** "Order new certificate" then "Confirm Order": the order is created PENDING. */
    @POST
    public Response order(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        OrderRequest request = OrderRequest.parse(in.requiredString("type"), in.requiredString("identificationMethod"),
                in.requiredString("issuanceMethod"), in.bool("publishToDirectory").orElse(false));
        var order = certificates.order(actor.get(), new Cvr(cvr), userId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(order.id()).build())
                .entity(Views.CertificateView.of(order, clock)).build();
    }

    @GET
    @Path("{id}")
    public Views.CertificateView get(@PathParam("id") String id) {
        return Views.CertificateView.of(certificates.get(actor.get(), new Cvr(cvr), userId, id), clock);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        certificates.delete(actor.get(), new Cvr(cvr), userId, id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/revoke")
    public Views.CertificateView revoke(@PathParam("id") String id, JsonObject body) {
        RevocationReason reason = EnumValue.parse(RevocationReason.class, JsonInput.of(body).requiredString("reason"),
                Rule.REVOCATION_REASON_UNKNOWN, "reason");
        return Views.CertificateView.of(certificates.revoke(actor.get(), new Cvr(cvr), userId, id, reason), clock);
    }
}
