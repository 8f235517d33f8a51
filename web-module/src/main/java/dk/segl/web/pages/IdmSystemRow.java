package dk.segl.web.pages;

import dk.segl.certificate.CertificateRecord;
import dk.segl.certificate.CertificateStatus;
import dk.segl.organisation.UserAccount;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** An IdM system as the Settings page lists it, with the system certificates it authenticates with. */
public record IdmSystemRow(String id, String name, String loginName, String status, List<Certificate> certificates)
        implements Serializable {

    static IdmSystemRow of(UserAccount system, List<CertificateRecord> certificates, OffsetDateTime now) {
        return new IdmSystemRow(system.id(), system.name(), system.loginName(), system.status().name(),
                certificates.stream().map(c -> new Certificate(system.id(), system.name(), c.serialNumber().toString(),
                        c.notAfter(), c.status(now).name())).toList());
    }

    /** One system certificate; it names its system so the revoke window can say whose it is. */
    public record Certificate(String systemId, String systemName, String serialNumber, OffsetDateTime expires,
                              String status) implements Serializable {

        public boolean isIssued() {
            return CertificateStatus.ISSUED.name().equals(status);
        }
    }
}
