package dev.polly.api.resources;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/ping}: an unauthenticated, constant JSON answer that touches neither PostgreSQL
 * nor Redis. It is the same-stack reference (Jetty plus Jersey plus Jackson) that the benchmarks
 * compare the authenticated hot paths against, and a cheap liveness probe for a dashboard.
 */
@Path("/api/ping")
@Produces(MediaType.APPLICATION_JSON)
public final class PingResource {
  /** The body of every ping answer. */
  public record Pong(String status) {}

  private static final Pong PONG = new Pong("ok");

  @GET
  @Operation(
      summary = "Unauthenticated liveness answer {\"status\":\"ok\"} (no database, no Redis)")
  public Pong ping() {
    return PONG;
  }
}
