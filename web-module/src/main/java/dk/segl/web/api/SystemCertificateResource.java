package dk.segl.web.api;

import dk.segl.certificate.CertificateRecord;
import dk.segl.certificate.RevocationReason;
import dk.segl.certificate.SystemCertificates;
import dk.segl.error.EnumValue;
import dk.segl.error.Rule;
import dk.segl.holder.Cvr;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The certificates an IdM system authenticates with over TLS, managed by the organisation
 * administrator: issue one from the system's CSR (the answer is the PEM chain), list them, revoke one.
 */
@Path("organisations/{cvr}/users/{userId}/system-certificates")
public class SystemCertificateResource {

    /** RFC 3339, as JSON-B writes the other views' times: toString() would drop zero seconds. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @EJB
    SystemCertificates certificates;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @PathParam("cvr")
    String cvr;

    @PathParam("userId")
    String userId;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MeResource.PEM_CHAIN, MediaType.WILDCARD})
    public Response issue(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream input)
            throws IOException {
        CsrBody.requireMediaType(contentType);
        byte[] csr = CsrBody.read(input);
        return MeResource.certificateAnswer(certificates.issue(actor.get(), new Cvr(cvr), userId, csr), "");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        certificates.list(actor.get(), new Cvr(cvr), userId).forEach(c -> items.add(view(c)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Path("{serial}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject revoke(@PathParam("serial") String serial, JsonObject body) {
        RevocationReason reason = EnumValue.parse(RevocationReason.class, JsonInput.of(body).requiredString("reason"),
                Rule.REVOCATION_REASON_UNKNOWN, "reason");
        return view(certificates.revoke(actor.get(), new Cvr(cvr), userId, serial, reason)).build();
    }

    private JsonObjectBuilder view(CertificateRecord c) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        JsonObjectBuilder view = Json.createObjectBuilder()
                .add("serialNumber", c.serialNumber().toString())
                .add("subject", c.subjectDn())
                .add("status", c.status(now).name())
                .add("notBefore", DATE_TIME.format(c.notBefore()))
                .add("notAfter", DATE_TIME.format(c.notAfter()));
        c.revokedAt().ifPresent(at -> view.add("revokedAt", DATE_TIME.format(at)));
        c.revocationReason().ifPresent(reason -> view.add("revocationReason", reason.name()));
        return view;
    }
}
