package dk.segl.web.pages;

import dk.segl.certificate.IssuanceService;
import dk.segl.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** "My certificates": every logged-in user's own certificates and their statuses. */
@Named
@RequestScoped
public class MyCertificatesPage {

    @EJB
    IssuanceService issuance;

    @Inject
    Visitor visitor;

    @Inject
    Clock clock;

    private List<CertificateRow> rows;

    public List<CertificateRow> getRows() {
        if (rows == null) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            rows = issuance.mine(visitor.actor(), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .map(order -> CertificateRow.of(order, now)).toList();
        }
        return rows;
    }
}
