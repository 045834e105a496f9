package dev.polly.api.health;

import dev.polly.api.api.HealthView;
import dev.polly.common.health.RedisProbe;
import dev.polly.common.health.RedisStatus;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * {@code /health} on the application port, for load balancers and the dashboard: 200 {@code
 * healthy}, 200 {@code degraded} when Redis is down (the service still serves, only slower), 503
 * {@code unhealthy} when PostgreSQL is down.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
  private final DatabaseProbe database;
  private final RedisProbe redis;
  private final Clock clock;

  public HealthResource(DatabaseProbe database, RedisProbe redis, Clock clock) {
    this.database = database;
    this.redis = redis;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary = "Service health: healthy, degraded (Redis down) or unhealthy (database down)")
  public Response health() {
    HealthView.Dependency db = database.probe();
    RedisStatus r = redis.probe();
    HealthView.Dependency cache =
        new HealthView.Dependency(
            r.connected() ? "healthy" : "unhealthy",
            r.connected(),
            r.checkedAt(),
            r.roundTrip() == null ? null : r.roundTrip().toMillis(),
            r.error());
    String status = !db.connected() ? "unhealthy" : r.connected() ? "healthy" : "degraded";
    HealthView view = new HealthView(status, clock.instant(), cache, db);
    return Response.status(db.connected() ? 200 : 503).entity(view).build();
  }
}
