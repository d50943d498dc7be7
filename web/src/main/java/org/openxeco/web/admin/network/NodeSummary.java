package org.openxeco.web.admin.network;

import java.io.Serializable;

import org.openxeco.network.trust.NodeDescriptor;

/** What a node says about itself, as the screens show it: names, versions, fingerprint. */
public record NodeSummary(String name, String baseUrl, String software, String apiVersion,
        String contact, String fingerprint) implements Serializable {

    static NodeSummary of(NodeDescriptor descriptor) {
        return new NodeSummary(descriptor.name(), descriptor.baseUrl(), descriptor.software(),
                descriptor.apiVersion(), descriptor.contact(),
                descriptor.currentKey().fingerprint());
    }
}
