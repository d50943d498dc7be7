package org.openxeco.directory;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An identifier of an entity in an outside registry, such as a VAT number or a LEI. */
@Embeddable
public class Identifier implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private IdentifierScheme scheme;

    @NotBlank
    @Size(max = 200)
    @Column(name = "id_value", nullable = false)
    private String value;

    protected Identifier() {
    }

    public Identifier(IdentifierScheme scheme, String value) {
        this.scheme = scheme;
        this.value = value;
    }

    public IdentifierScheme getScheme() {
        return scheme;
    }

    public String getValue() {
        return value;
    }
}
