package dk.segl.organisation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Segl's own user store for Jakarta Security: activated users, their PBKDF2 password, their roles as groups. */
@ApplicationScoped
public class SeglIdentityStore implements IdentityStore {

    @EJB
    Actors actors;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return actors.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(actor -> new CredentialValidationResult(actor.loginName(),
                        actor.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
