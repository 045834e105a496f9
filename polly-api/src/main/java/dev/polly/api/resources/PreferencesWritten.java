package dev.polly.api.resources;

import dev.polly.api.api.PreferencesView;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OpenAPI documentation of a preferences write's answer: 200 with the stored preferences and the
 * write's version in the {@value WriteVersions#HEADER} header (see {@link WriteVersions}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
    responseCode = "200",
    description = "The stored preferences",
    headers =
        @Header(
            name = WriteVersions.HEADER,
            description = "The write's version: send it back to read this write anywhere",
            schema = @Schema(type = "string")),
    content = @Content(schema = @Schema(implementation = PreferencesView.class)))
@interface PreferencesWritten {}
