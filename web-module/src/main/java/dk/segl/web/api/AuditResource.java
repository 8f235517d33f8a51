package dk.segl.web.api;

import dk.segl.audit.AuditEntry;
import dk.segl.audit.Verification;
import dk.segl.error.Rule;
import dk.segl.operations.AuditTrail;
import dk.segl.organisation.Actor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Operators read the audit log in chain order, a page at a time or whole as JSON lines
 * ({@code Accept: application/jsonl} or {@code ?format=jsonl}), and have the chain verified.
 */
@RequestScoped
@Path("operations/audit")
public class AuditResource {

    static final String JSON_LINES = "application/jsonl";
    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    AuditTrail trail;

    @Inject
    CurrentActor actor;

    @Context
    HttpHeaders headers;

    public record EntryView(String id, long seq, String occurredAt, String actor, String action, String target,
                            String outcome, String detail, String previousHash, String entryHash) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.id(), e.seq(), e.occurredAt().toInstant().toString(), e.actor(), e.action(),
                    e.target(), e.outcome(), e.detail(), e.previousHash(), e.entryHash());
        }
    }

    public record VerificationView(boolean intact, long entries, String lastCheckpoint, String row, String problem,
                                   String summary) {
        static VerificationView of(Verification v) {
            return new VerificationView(v.intact(), v.entries(),
                    v.lastCheckpoint() == null ? null : v.lastCheckpoint().toString(), v.row(), v.problem(), v.summary());
        }
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, JSON_LINES})
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") @DefaultValue("0") String page,
                         @QueryParam("size") @DefaultValue("20") String size,
                         @QueryParam("format") String format) {
        Instant start = time(from);
        Instant end = time(to);
        Actor current = actor.get();
        if ("jsonl".equals(format) || headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> JSON_LINES.equals(type.getType() + "/" + type.getSubtype()))) {
            // The permission is checked before the answer starts: a refusal is still a problem document.
            List<AuditEntry> first = trail.exportSlice(current, start, end, 0);
            return Response.ok(export(current, start, end, first), JSON_LINES).build();
        }
        return Response.ok(Views.PageView.of(trail.entries(current, start, end, Paging.of(page, size)), EntryView::of),
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationView verification() {
        return VerificationView.of(trail.verify(actor.get()));
    }

    /** Slice after slice in chain order, so an export of any size never sits in memory. */
    private StreamingOutput export(Actor current, Instant from, Instant to, List<AuditEntry> first) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            List<AuditEntry> slice = first;
            while (!slice.isEmpty()) {
                for (AuditEntry entry : slice) {
                    writer.write(JSON.toJson(EntryView.of(entry)));
                    writer.write('\n');
                }
                slice = slice.size() < AuditTrail.EXPORT_SLICE ? List.of()
                        : trail.exportSlice(current, from, to, slice.get(slice.size() - 1).seq());
            }
            writer.flush();
        };
    }

    private static Instant time(String value) {
        try {
            return value == null || value.isBlank() ? null : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Rule.TIME_INVALID.refusal();
        }
    }
}
