package dk.segl.web.api;

import dk.segl.holder.Cvr;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The IdM API's certificates of one user of the caller's organisation: orders identified via API
 * (which the IdM system then enrols over EST), the list, and revocation.
 */
@RequestScoped
@Path("idm/users/{userId}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdmCertificateResource extends CertificateOperations {

    @Override
    protected Cvr organisation() {
        return actor.ownOrganisation();
    }
}
