package dev.polly.api.resources;

import dev.polly.api.api.MeView;
import dev.polly.api.api.PreferencesRequest;
import dev.polly.api.api.PreferencesView;
import dev.polly.api.auth.SessionPrincipal;
import dev.polly.api.core.PreferencesService;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.Session;
import dev.polly.common.domain.UserPreferences;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
  public MeView me(@Parameter(hidden = true) @Auth SessionPrincipal user) {
    Session s = user.session();
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
  public PreferencesView get(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @Context HttpHeaders headers) {
    long userId = user.session().userId();
    return PreferencesJson.view(preferences.load(userId, versions.requested(headers)));
  }

  @PUT
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the user's preferences")
  @PreferencesWritten
  public Response put(
      @Parameter(hidden = true) @Auth SessionPrincipal user,
      @NotNull(message = ValidationFailedException.BODY_REQUIRED) @Valid PreferencesRequest body) {
    long userId = user.session().userId();
    return written(preferences.replace(PreferencesJson.of(userId, body)));
  }

  @PATCH
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change some of the user's preferences")
  @PreferencesWritten
  public Response patch(
      @Parameter(hidden = true) @Auth SessionPrincipal user,
      @NotNull(message = ValidationFailedException.BODY_REQUIRED) @Valid PreferencesRequest body) {
    long userId = user.session().userId();
    return written(preferences.patch(PreferencesJson.of(userId, body)));
  }

  /** The stored preferences with the write's version (header and cookie). */
  private Response written(UserPreferences stored) {
    return versions.attach(Response.ok(PreferencesJson.view(stored)), stored.updatedAt()).build();
  }
}
