package com.channelportal.base.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The partner API. Versioned in the path so that ERP integrations survive later changes. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Channel Portal API",
            version = "1",
            description = "Deal registration, follow-up, forecasts and funds for partners."),
    security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "Access token of the partners realm (audience partner-portal)")
public class RestApplication extends Application {}
