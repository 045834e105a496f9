package dev.polly.api.web;

import dev.polly.api.api.ApiError;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API's OpenAPI 3 document, read from the resource classes' JAX-RS and Swagger annotations and
 * completed with what annotations cannot say well: the two security schemes (the session cookie and
 * a Bearer token carrying the same session token) and which operations need one, the {@code
 * ApiError} body of every error answer, typed path and query parameters ({@link OpenApiParameters})
 * and the answers of the endpoints that return a bare redirect or no content.
 */
public final class OpenApiDocument {
  /** Name of the security scheme for the session cookie. */
  public static final String COOKIE_SCHEME = "sessionCookie";

  /** Name of the security scheme for {@code Authorization: Bearer <session token>}. */
  public static final String BEARER_SCHEME = "bearerToken";

  private static final String ERROR_REF = "#/components/schemas/ApiError";

  private static final String POLL_REF = "#/components/schemas/PollView";

  /** A documented answer: its status and what it carries. */
  private record Answer(String status, ApiResponse response) {}

  /**
   * Answers of the operations whose methods return a bare JAX-RS {@code Response} (or nothing), so
   * that the annotations alone give no status or schema.
   */
  private static final Map<String, Answer> BARE_ANSWERS =
      Map.ofEntries(
          Map.entry(
              "GET /auth/login",
              redirect("To Discord's authorize page (demo mode: the dashboard)")),
          Map.entry("GET /auth/callback", redirect("Signed in: to the dashboard, cookie set")),
          Map.entry("POST /auth/logout", noContent("Signed out; the session cookie is cleared")),
          Map.entry("POST /auth/logout-all", noContent("Every session of the user ended")),
          Map.entry("POST /auth/demo", noContent("Signed in as the demo user; cookie set")),
          Map.entry("POST /api/polls", created("The new poll")),
          Map.entry("POST /api/polls/import", created("The imported poll, scheduled")),
          Map.entry("POST /api/polls/{id}/duplicate", created("The copy, scheduled")),
          Map.entry("DELETE /api/polls/{id}", noContent("Deleted with its votes")),
          Map.entry("DELETE /api/drafts/{key}", noContent("Deleted (or there was none)")),
          Map.entry(
              "GET /api/polls/{id}/export.csv",
              new Answer(
                  "200",
                  new ApiResponse()
                      .description(
                          "One row per option, per vote of a poll that is not anonymous,"
                              + " and per ranked option of each ballot of a ranked poll")
                      .content(
                          new Content()
                              .addMediaType(
                                  "text/csv",
                                  new MediaType().schema(new Schema<String>().type("string")))))));

  private OpenApiDocument() {}

  /**
   * Builds the document for {@code resources}.
   *
   * @param cookieName the session cookie's name, as configured
   */
  public static OpenAPI build(Set<Class<?>> resources, String cookieName) {
    OpenAPI base =
        new OpenAPI()
            .info(
                new Info()
                    .title("Polly API")
                    .version("v1")
                    .description(
                        "The REST API behind Polly's web dashboard. Every /api endpoint except"
                            + " /api/ping needs a session: the session cookie set by the sign-in,"
                            + " or the same token as Authorization: Bearer. Errors answer with"
                            + " an ApiError JSON body."))
            .components(new Components().securitySchemes(schemes(cookieName)));
    SwaggerConfiguration config = new SwaggerConfiguration().openAPI(base).readAllResources(true);
    OpenAPI doc = new Reader(config).read(new LinkedHashSet<>(resources));
    ModelConverters.getInstance().readAll(ApiError.class).forEach(doc.getComponents()::addSchemas);
    doc.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, op) -> complete(method.name() + " " + path, path, op)));
    return doc;
  }

  private static Map<String, SecurityScheme> schemes(String cookieName) {
    return Map.of(
        COOKIE_SCHEME,
        new SecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.COOKIE)
            .name(cookieName)
            .description("The session cookie the dashboard's sign-in sets (HttpOnly)"),
        BEARER_SCHEME,
        new SecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description("The same session token, sent as Authorization: Bearer <token>"));
  }

  private static void complete(String key, String path, Operation op) {
    boolean secured = needsSession(path);
    op.setSecurity(
        secured
            ? List.of(
                new SecurityRequirement().addList(COOKIE_SCHEME),
                new SecurityRequirement().addList(BEARER_SCHEME))
            : List.of());
    OpenApiParameters.type(op);
    ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
    Answer bare = BARE_ANSWERS.get(key);
    if (bare != null) {
      responses.remove("default");
      responses.addApiResponse(bare.status(), bare.response());
    } else if (responses.get("default") != null) {
      ApiResponse ok = responses.remove("default");
      if ("default response".equals(ok.getDescription())) {
        ok.setDescription("OK");
      }
      responses.addApiResponse("200", ok);
    }
    if (secured) {
      responses.addApiResponse("401", error("No session, or an invalid or expired one"));
    }
    if (op.getRequestBody() != null) {
      responses.addApiResponse("422", error("Invalid fields: one entry per field in errors"));
    }
    responses.addApiResponse(
        "4XX", error("Refused: 400, 403, 404, 409, 413 or 429, with code and message"));
    responses.addApiResponse("5XX", error("A store is unavailable (503): try again"));
    op.setResponses(responses);
  }

  /** Whether {@code path} needs a session: all of {@code /api} but the ping, and the logouts. */
  static boolean needsSession(String path) {
    return (path.startsWith("/api/") && !path.equals("/api/ping"))
        || path.startsWith("/auth/logout");
  }

  private static ApiResponse error(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    "application/json", new MediaType().schema(new Schema<>().$ref(ERROR_REF))));
  }

  private static Answer redirect(String description) {
    return new Answer("303", new ApiResponse().description("See Other: " + description));
  }

  private static Answer noContent(String description) {
    return new Answer("204", new ApiResponse().description(description));
  }

  private static Answer created(String description) {
    return new Answer(
        "201",
        new ApiResponse()
            .description(description)
            .content(
                new Content()
                    .addMediaType(
                        "application/json",
                        new MediaType().schema(new Schema<>().$ref(POLL_REF)))));
  }
}
