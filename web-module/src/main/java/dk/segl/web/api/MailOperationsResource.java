package dk.segl.web.api;

import dk.segl.notification.DeadLetter;
import dk.segl.operations.MailOperations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Operators see the mails Segl gave up delivering and send one again. */
@RequestScoped
@Path("operations/mail/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class MailOperationsResource {

    @EJB
    MailOperations mail;

    @Inject
    CurrentActor actor;

    public record DeadLettersView(List<DeadLetter> items) {
    }

    @GET
    public DeadLettersView list() {
        return new DeadLettersView(mail.deadLetters(actor.get()));
    }

    /** Back in the outbox, due at once; answers the dead letter as it was. */
    @POST
    @Path("{id}/retry")
    public DeadLetter retry(@PathParam("id") String id) {
        return mail.retry(actor.get(), id);
    }
}
