package dev.polly.api.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.api.DraftView;
import dev.polly.api.auth.SessionPrincipal;
import dev.polly.api.core.DraftService;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The user's own form drafts, kept for a while in Redis; 503 {@code store_unavailable} while it is
 * away.
 */
@Path("/api/drafts/{key}")
@Produces(MediaType.APPLICATION_JSON)
public final class DraftResource {
  private final DraftService drafts;

  public DraftResource(DraftService drafts) {
    this.drafts = drafts;
  }

  @GET
  @Operation(summary = "Read a draft")
  public DraftView get(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("key") String key) {
    return drafts.get(user.session().userId(), key);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a draft (any JSON, size-limited)")
  public DraftView put(
      @Parameter(hidden = true) @Auth SessionPrincipal user,
      @PathParam("key") String key,
      JsonNode data) {
    return drafts.put(user.session().userId(), key, data);
  }

  @DELETE
  @Operation(summary = "Delete a draft")
  public void delete(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("key") String key) {
    drafts.delete(user.session().userId(), key);
  }
}
