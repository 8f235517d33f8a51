package dk.segl.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for the whole test run instead of one per test class. Every class deploys the
 * same segl.war, and payara-micro-managed boots a new server for each deployment (about 40 s);
 * so the first class's deployment is kept, later classes are handed its address, and the server
 * goes when the run ends. Each class still makes its own organisations, so the classes do not see
 * each other's data.
 */
public class OneServerPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
    }

    public static class SharedDeployment {

        private static Running running;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        /** Runs inside the deployment's context (activated by Arquillian at a higher precedence). */
        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
            DeployDeployment event = context.getEvent();
            if (running == null) {
                context.proceed();
                running = new Running(event.getDeployableContainer(), event.getDeployment().getDescription().getArchive(),
                        protocolMetaData.get());
                return;
            }
            description.set(event.getDeployment().getDescription());
            deployment.set(event.getDeployment());
            protocolMetaData.set(running.address());
            event.getDeployment().deployed();
        }

        public void keep(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            // The server stays for the next class; the end of the run takes it down.
        }

        public void end(@Observes(precedence = 100) AfterSuite event) throws Exception {
            if (running != null) {
                running.container().undeploy(running.archive());
                running = null;
            }
        }
    }

    private record Running(DeployableContainer<?> container, Archive<?> archive, ProtocolMetaData address) {
    }
}
