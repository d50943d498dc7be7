package org.openxeco.content;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openxeco.directory.Organisation;

/** What a service or a tool adds to an article: the entity that provides it and its address. */
@Embeddable
public class OfferingDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "offering_provider_id")
    private Organisation provider;

    @Size(max = 2000)
    @Pattern(regexp = "https?://\\S+", message = "{openxeco.url.pattern}")
    @Column(name = "offering_url")
    private String url;

    public OfferingDetails() {
    }

    public boolean isEmpty() {
        return provider == null && url == null;
    }

    public Organisation getProvider() {
        return provider;
    }

    void setProvider(Organisation provider) {
        this.provider = provider;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
