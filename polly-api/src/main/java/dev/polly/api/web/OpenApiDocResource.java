package dev.polly.api.web;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.OpenAPI;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Serves the OpenAPI document ({@link OpenApiDocument}) at {@code /openapi.json} and {@code
 * /openapi.yaml}, without a session. Both texts are rendered once, at startup.
 */
@Path("/")
@Hidden
public final class OpenApiDocResource {
  private final String json;
  private final String yaml;

  public OpenApiDocResource(OpenAPI document) {
    this.json = Json.pretty(document);
    this.yaml = Yaml.pretty(document);
  }

  @GET
  @Path("openapi.json")
  @Produces(MediaType.APPLICATION_JSON)
  public String json() {
    return json;
  }

  @GET
  @Path("openapi.yaml")
  @Produces("application/yaml")
  public String yaml() {
    return yaml;
  }
}
