package org.openxeco.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import org.openxeco.kernel.Roles;

/**
 * The API under {@code /api}. Reads are open and show public objects only; writes need an
 * administrator, authenticated with HTTP Basic against the accounts in the database.
 */
@ApplicationPath("/")
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@OpenAPIDefinition(
        info = @Info(title = "openXeco node API", version = "1",
                description = "Entities, articles and taxonomies of an ecosystem node.",
                license = @License(name = "EUPL-1.2")))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
