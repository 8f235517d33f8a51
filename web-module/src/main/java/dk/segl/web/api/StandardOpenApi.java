package dk.segl.web.api;

import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps /openapi a standard document that validators and client generators take without warnings.
 * Payara Micro 6.2025.10 adds a root field {@code endpoints} (its own list of each application's
 * paths) that no OpenAPI version has; later Payara versions call it {@code x-endpoints} (FISH-12303).
 * It lives on Payara's model class only, so it is emptied by name, and Payara leaves empty fields
 * out of the document. On a Payara without the field this does nothing.
 */
public class StandardOpenApi implements OASFilter {

    private static final Logger LOG = Logger.getLogger(StandardOpenApi.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, Map.of());
        } catch (NoSuchMethodException e) {
            LOG.fine("This Payara's OpenAPI model has no endpoints field to leave out");
        } catch (ReflectiveOperationException e) {
            LOG.warning(() -> "Could not leave Payara's non-standard endpoints field out of /openapi: " + e);
        }
    }
}
