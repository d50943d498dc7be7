package org.openxeco.content;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A link from an article: its kind (website, code-of-conduct, video…), address and label. */
@Embeddable
public class ArticleLink implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[a-z][a-z0-9-]*", message = "{openxeco.code.pattern}")
    @Column(nullable = false)
    private String kind;

    @NotBlank
    @Size(max = 2000)
    @Pattern(regexp = "(https?|mailto):\\S+", message = "{openxeco.url.pattern}")
    @Column(nullable = false)
    private String url;

    @Size(max = 300)
    private String label;

    protected ArticleLink() {
    }

    public ArticleLink(String kind, String url, String label) {
        this.kind = kind;
        this.url = url;
        this.label = label;
    }

    public String getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public String getLabel() {
        return label;
    }
}
