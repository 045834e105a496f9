package dev.polly.api.resources;

import dev.polly.api.api.MeView;
import dev.polly.api.api.PreferencesRequest;
import dev.polly.api.api.PreferencesView;
import dev.polly.api.core.PreferencesService;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.Session;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The logged-in user and their preferences. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource {
  private final PreferencesService preferences;

  public MeResource(PreferencesService preferences) {
    this.preferences = preferences;
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
  @Operation(summary = "Read the user's preferences (cached)")
  public PreferencesView get(@Context SecurityContext context) {
    return preferences.get(Params.session(context).userId());
  }

  @PUT
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the user's preferences")
  public PreferencesView put(@Context SecurityContext context, PreferencesRequest body) {
    return preferences.replace(Params.session(context).userId(), required(body));
  }

  @PATCH
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change some of the user's preferences")
  public PreferencesView patch(@Context SecurityContext context, PreferencesRequest body) {
    return preferences.patch(Params.session(context).userId(), required(body));
  }

  static <T> T required(T body) {
    if (body == null) {
      throw ValidationFailedException.of("body", "a JSON object is required");
    }
    return body;
  }
}
