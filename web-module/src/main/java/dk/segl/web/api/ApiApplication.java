package dk.segl.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
