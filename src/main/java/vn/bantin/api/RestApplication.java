package vn.bantin.api;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under /api; versions under it (/api/v1/...). */
@ApplicationPath("/api")
public class RestApplication extends Application {

    /** No machine-made description of the server's resources (WADL) for anyone who asks. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
