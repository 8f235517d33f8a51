package dk.segl.directory;

import dk.segl.ca.CaLevel;
import dk.segl.ca.CertificateAuthority;
import dk.segl.certificate.CertificateRecord;
import dk.segl.certificate.CertificateStatus;
import dk.segl.config.SeglConfig;
import dk.segl.holder.HolderId;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;
import dk.segl.organisation.UserStatus;
import dk.segl.revocation.PublishedCrl;
import dk.segl.revocation.RevocationLists;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * What the database says the directory should show: a user's entry holds exactly their issued,
 * unexpired certificates that were ordered for publication; no such certificate, no entry.
 */
@Stateless
public class DirectoryContents {

    private static final String PUBLISHED = " from CertificateRecord c where c.publishToDirectory = true"
            + " and c.status = :issued and c.notAfter > :now";

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    CertificateAuthority ca;

    @EJB
    RevocationLists crls;

    @Inject
    SeglConfig config;

    @Inject
    Clock clock;

    public Optional<UserEntry> user(String userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || user.status() == UserStatus.DELETED || user.organisation().isEmpty()) {
            return Optional.empty();
        }
        List<byte[]> certificates = em.createQuery("select c" + PUBLISHED + " and c.user = :user order by c.issuedAt",
                        CertificateRecord.class)
                .setParameter("issued", CertificateStatus.ISSUED)
                .setParameter("now", now())
                .setParameter("user", user)
                .getResultStream()
                .map(CertificateRecord::der)
                .toList();
        if (certificates.isEmpty()) {
            return Optional.empty();
        }
        Organisation organisation = user.organisation().get();
        return Optional.of(new UserEntry(organisation.cvr(), organisation.name(), new HolderId(user.uuid()), user.name(),
                user.email().value(), certificates));
    }

    /** Where the user's entry is or would be: known even once there is nothing left to show. */
    public Optional<String> dnOf(String userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        return user == null ? Optional.empty()
                : user.organisation().map(o -> DirectoryLayout.user(o.cvr(), new HolderId(user.uuid())));
    }

    public List<String> publishedUserIds() {
        return em.createQuery("select distinct c.user.id" + PUBLISHED, String.class)
                .setParameter("issued", CertificateStatus.ISSUED)
                .setParameter("now", now())
                .getResultList();
    }

    public CaEntry issuingCa() {
        try {
            return new CaEntry(config.issuingCaName(), ca.issuingCertificate().getEncoded(),
                    crls.current(CaLevel.ISSUING).map(PublishedCrl::der), crls.delta().map(PublishedCrl::der));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The issuing CA's certificate cannot be encoded", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
