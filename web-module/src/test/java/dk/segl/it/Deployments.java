package dk.segl.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive under test is the real segl.war that the build produced, not a test-made one. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive segl() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("segl.war")));
    }
}
