package dk.segl.demo;

import dk.segl.config.SeglConfig;
import dk.segl.holder.Cvr;
import dk.segl.organisation.InitialAccounts;
import dk.segl.organisation.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo organisation a newcomer starts with (on by default with embedded defaults, off by
 * {@code SEGL_DEMO_ENABLED=false}). Created once; later starts leave it as it is.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoOrganisation {

    static final Cvr CVR = new Cvr("12345678");
    private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());

    @Inject
    SeglConfig config;

    @EJB
    InitialAccounts accounts;

    @PostConstruct
    void create() {
        if (!config.demoEnabled() || accounts.organisationExists(CVR)) {
            return;
        }
        char[] password = config.demoPassword().toCharArray();
        accounts.operator("operator", "Segl Operator", "operator@segl.localhost", password);
        var org = accounts.organisation(CVR, "Nørrebro Demo ApS", true);
        accounts.activatedUser(org, "orgadmin", "Olga Organisation", "orgadmin@demo.example",
                Set.of(Role.ORGANISATION_ADMINISTRATOR), password);
        accounts.activatedUser(org, "useradmin", "Ulrik Useradmin", "useradmin@demo.example",
                Set.of(Role.USER_ADMINISTRATOR), password);
        accounts.activatedUser(org, "alice", "Alice Andersen", "alice@demo.example", Set.of(), password);
        accounts.activatedUser(org, "bjorn", "Bjørn Bæk", "bjørn@demo.example", Set.of(), password);
        accounts.createdUser(org, "carol", "Carol Christensen", "carol@demo.example");
        LOG.info("Demo organisation Nørrebro Demo ApS (CVR 12345678) created");
    }
}
