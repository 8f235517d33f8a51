package dk.segl.web.api;

import dk.segl.certificate.CertificateEntry;
import dk.segl.certificate.CertificateRecord;
import dk.segl.holder.CertificateEmail;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserAccount;
import dk.segl.organisation.UserCommand;
import dk.segl.organisation.UserImport;
import dk.segl.paging.Page;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The JSON shapes of the REST API. */
public final class Views {

    private Views() {
    }

    public record PageView<T>(List<T> items, int page, int size, long total) {
        static <S, T> PageView<T> of(Page<S> page, java.util.function.Function<S, T> view) {
            Page<T> mapped = page.map(view);
            return new PageView<>(mapped.items(), mapped.page(), mapped.size(), mapped.total());
        }
    }

    public record OrganisationView(String cvr, String name, boolean userCertificatesAllowed) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.cvr().value(), o.name(), o.userCertificatesAllowed());
        }
    }

    public record SettingsView(boolean userCertificatesAllowed) {
        static SettingsView of(Organisation o) {
            return new SettingsView(o.userCertificatesAllowed());
        }
    }

    public record UserView(String id, String loginName, String name, String email, boolean emailCanGoInCertificate,
                           String status, Set<String> roles, String organisationCvr) {
        static UserView of(UserAccount u) {
            Set<String> roles = new TreeSet<>();
            u.roles().stream().map(Role::name).forEach(roles::add);
            return new UserView(u.id(), u.loginName(), u.name(), u.email().value(), CertificateEmail.canCarry(u.email()),
                    u.status().name(), roles, u.organisation().map(o -> o.cvr().value()).orElse(null));
        }
    }

    public record CertificateView(String id, String userId, String type, String identificationMethod,
                                  String issuanceMethod, boolean publishToDirectory, String status,
                                  OffsetDateTime orderedAt, String orderedBy, String serialNumber, String subject,
                                  OffsetDateTime notBefore, OffsetDateTime notAfter, OffsetDateTime revokedAt,
                                  String revocationReason, String renews) {
        static CertificateView of(CertificateEntry c, Clock clock) {
            return new CertificateView(c.id(), c.user().id(), c.type().name(), c.identificationMethod().name(),
                    c.issuanceMethod().name(), c.publishToDirectory(), c.status(OffsetDateTime.now(clock)).name(),
                    c.orderedAt(), c.orderedBy(),
                    c.serialNumber().map(Object::toString).orElse(null),
                    c.subjectDn().orElse(null), c.notBefore().orElse(null), c.notAfter().orElse(null),
                    c.revokedAt().orElse(null), c.revocationReason().map(Enum::name).orElse(null),
                    c.certificate().flatMap(CertificateRecord::renews).orElse(null));
        }
    }

    public record Pkcs12View(String pkcs12, String password) {
    }

    /**
     * One line of a CSV import's report: its action (create, update, delete; none if the line could
     * not be read) and whether it was done; {@code rule} names the refusal, if the line was refused.
     * {@code created} is kept for clients written before update and delete.
     */
    public record ImportLineView(int line, String loginName, String action, boolean done, boolean created, String rule,
                                 String detail) {
        static ImportLineView of(UserImport.Result r) {
            return new ImportLineView(r.line(), r.loginName(), r.action() == null ? null : r.action().name(), r.done(),
                    r.done() && r.action() == UserCommand.Action.CREATE, r.rule() == null ? null : r.rule().id(),
                    r.detail());
        }
    }

    public record ActivatedView(String loginName, String status) {
    }
}
