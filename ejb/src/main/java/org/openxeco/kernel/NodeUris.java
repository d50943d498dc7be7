package org.openxeco.kernel;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the stable URIs under which this node publishes its objects. */
@ApplicationScoped
public class NodeUris {

    @Inject
    @ConfigProperty(name = "openxeco.node.base-url", defaultValue = "http://localhost:9080")
    String baseUrl;

    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String entity(UUID uuid) {
        return baseUrl() + "/api/entities/" + uuid;
    }

    public String article(UUID uuid) {
        return baseUrl() + "/api/articles/" + uuid;
    }

    public String taxonomy(UUID uuid) {
        return baseUrl() + "/api/taxonomies/" + uuid;
    }

    public String taxonomyValue(UUID scheme, UUID value) {
        return taxonomy(scheme) + "/values/" + value;
    }
}
