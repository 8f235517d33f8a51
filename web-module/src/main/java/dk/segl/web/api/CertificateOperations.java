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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;

/**
 * One user's certificates: list, order, read one, revoke, with the same JSON and rules wherever
 * they are offered; each resource says which organisation the request acts in.
 */
public abstract class CertificateOperations {

    @EJB
    CertificateOrderService certificates;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @PathParam("userId")
    String userId;

    /** The organisation the request acts in. */
    protected abstract Cvr organisation();

    @GET
    public Views.PageView<Views.CertificateView> list(@QueryParam("page") @DefaultValue("0") String page,
                                                      @QueryParam("size") @DefaultValue("20") String size) {
        return Views.PageView.of(certificates.list(actor.get(), organisation(), userId, Paging.of(page, size)),
                c -> Views.CertificateView.of(c, clock));
    }

    /** "Order new certificate" then "Confirm Order": the order is created PENDING. */
    @POST
    public Response order(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        OrderRequest request = OrderRequest.parse(in.requiredString("type"), in.requiredString("identificationMethod"),
                in.requiredString("issuanceMethod"), in.bool("publishToDirectory").orElse(false));
        var order = certificates.order(actor.get(), organisation(), userId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(order.id()).build())
                .entity(Views.CertificateView.of(order, clock)).build();
    }

    @GET
    @Path("{id}")
    public Views.CertificateView get(@PathParam("id") String id) {
        return Views.CertificateView.of(certificates.get(actor.get(), organisation(), userId, id), clock);
    }

    @POST
    @Path("{id}/revoke")
    public Views.CertificateView revoke(@PathParam("id") String id, JsonObject body) {
        RevocationReason reason = EnumValue.parse(RevocationReason.class, JsonInput.of(body).requiredString("reason"),
                Rule.REVOCATION_REASON_UNKNOWN, "reason");
        return Views.CertificateView.of(certificates.revoke(actor.get(), organisation(), userId, id, reason), clock);
    }
}
