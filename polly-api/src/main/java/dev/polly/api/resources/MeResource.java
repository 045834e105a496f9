package dev.polly.api.resources;

import dev.polly.api.api.MeView;
import dev.polly.api.api.PreferencesRequest;
import dev.polly.api.api.PreferencesView;
import dev.polly.api.core.PreferencesService;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.Session;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The logged-in user and their preferences. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource {
  private final PreferencesService preferences;
  private final WriteVersions versions;

  public MeResource(PreferencesService preferences, WriteVersions versions) {
    this.preferences = preferences;
    this.versions = versions;
  }

  @GET
  @Operation(summary = "The logged-in user")
  public MeView me(@Context SecurityContext context) {
    Session s = Params.session(context);
    return new MeView(
        Long.toString(s.userId()),
        s.username(),
        s.avatar(),
        s.manageableGuildIds().stream().map(String::valueOf).toList());
  }

  @GET
  @Path("/preferences")
  @Operation(
      summary = "Read the user's preferences (cached)",
      description =
          "Send back the Polly-Version of your last write (header, or the polly_version cookie"
              + " browsers keep) to read that write on any instance.")
  public PreferencesView get(@Context SecurityContext context, @Context HttpHeaders headers) {
    return preferences.get(Params.session(context).userId(), versions.requested(headers));
  }

  @PUT
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the user's preferences",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The stored preferences",
              headers =
                  @Header(
                      name = WriteVersions.HEADER,
                      description = "The write's version: send it back to read this write anywhere",
                      schema = @Schema(type = "string")),
              content = @Content(schema = @Schema(implementation = PreferencesView.class))))
  public Response put(@Context SecurityContext context, PreferencesRequest body) {
    return written(preferences.replace(Params.session(context).userId(), required(body)));
  }

  @PATCH
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change some of the user's preferences",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The stored preferences",
              headers =
                  @Header(
                      name = WriteVersions.HEADER,
                      description = "The write's version: send it back to read this write anywhere",
                      schema = @Schema(type = "string")),
              content = @Content(schema = @Schema(implementation = PreferencesView.class))))
  public Response patch(@Context SecurityContext context, PreferencesRequest body) {
    return written(preferences.patch(Params.session(context).userId(), required(body)));
  }

  /** The stored preferences with the write's version (header and cookie). */
  private Response written(PreferencesView stored) {
    return versions.attach(Response.ok(stored), stored.updatedAt()).build();
  }

  static <T> T required(T body) {
    if (body == null) {
      throw ValidationFailedException.of("body", "a JSON object is required");
    }
    return body;
  }
}
