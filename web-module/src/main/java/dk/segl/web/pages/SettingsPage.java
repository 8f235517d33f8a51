package dk.segl.web.pages;

import dk.segl.organisation.OrganisationService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Settings": the organisation administrator allows or forbids the issuance of user certificates. */
@Named
@RequestScoped
public class SettingsPage {

    @EJB
    OrganisationService organisations;

    @Inject
    Visitor visitor;

    @Inject
    PageMessages messages;

    private boolean userCertificatesAllowed;

    @PostConstruct
    void load() {
        messages.attempt(() -> organisations.settings(visitor.actor(), visitor.cvr()))
                .ifPresent(o -> userCertificatesAllowed = o.userCertificatesAllowed());
    }

    public void save() {
        if (messages.attempt(() -> organisations.allowUserCertificates(visitor.actor(), visitor.cvr(),
                userCertificatesAllowed)).isPresent()) {
            messages.info("settings.saved");
        }
    }

    public boolean isUserCertificatesAllowed() {
        return userCertificatesAllowed;
    }

    public void setUserCertificatesAllowed(boolean userCertificatesAllowed) {
        this.userCertificatesAllowed = userCertificatesAllowed;
    }
}
