package dev.polly.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polly.api.health.HealthResource;
import dev.polly.api.resources.AuthResource;
import dev.polly.api.resources.DraftResource;
import dev.polly.api.resources.GuildResource;
import dev.polly.api.resources.MeResource;
import dev.polly.api.resources.PingResource;
import dev.polly.api.resources.PollResource;
import dev.polly.api.resources.SignInOptionsResource;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document served at {@code /openapi.json}, as its text: it parses back into the
 * OpenAPI model, declares the session cookie and Bearer schemes and requires one of them exactly on
 * the endpoints that need a session, types every parameter, gives every operation a success answer
 * and the ApiError body for errors, and every reference in it resolves. A copy is written to {@code
 * target/openapi.json} for a reviewer.
 */
class OpenApiDocumentTest {
  static String text;
  static OpenAPI doc;

  @BeforeAll
  static void render() throws Exception {
    OpenAPI built =
        OpenApiDocument.build(
            Set.of(
                AuthResource.class,
                SignInOptionsResource.class,
                MeResource.class,
                GuildResource.class,
                PollResource.class,
                DraftResource.class,
                HealthResource.class,
                PingResource.class),
            "polly_session");
    text = new OpenApiDocResource(built).json();
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), text);
    doc = Json.mapper().readValue(text, OpenAPI.class);
  }

  @Test
  @DisplayName("the served text parses as OpenAPI 3 with every endpoint")
  void parses() throws Exception {
    JsonNode tree = new ObjectMapper().readTree(text);

    assertThat(tree.path("openapi").asText()).startsWith("3.");
    assertThat(doc.getInfo().getTitle()).isEqualTo("Polly API");
    assertThat(doc.getPaths())
        .containsKeys(
            "/api/polls",
            "/api/polls/{id}",
            "/api/polls/{id}/results",
            "/api/guilds/{id}/channels",
            "/api/me/preferences",
            "/api/drafts/{key}",
            "/auth/options",
            "/auth/demo",
            "/auth/logout-all",
            "/api/ping",
            "/health");
    assertThat(doc.getPaths()).doesNotContainKeys("/openapi.json", "/openapi.yaml");
  }

  @Test
  @DisplayName("both security schemes are declared: the session cookie and a Bearer token")
  void declaresBothSchemes() {
    Map<String, SecurityScheme> schemes = doc.getComponents().getSecuritySchemes();

    SecurityScheme cookie = schemes.get(OpenApiDocument.COOKIE_SCHEME);
    assertThat(cookie.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
    assertThat(cookie.getIn()).isEqualTo(SecurityScheme.In.COOKIE);
    assertThat(cookie.getName()).isEqualTo("polly_session");
    SecurityScheme bearer = schemes.get(OpenApiDocument.BEARER_SCHEME);
    assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(bearer.getScheme()).isEqualTo("bearer");
  }

  @Test
  @DisplayName("session endpoints accept either scheme; sign-in, ping and health need none")
  void securityPerOperation() {
    forEachOperation(
        (path, op) -> {
          List<String> schemes =
              op.getSecurity() == null
                  ? List.of()
                  : op.getSecurity().stream().flatMap(r -> r.keySet().stream()).toList();
          boolean needsSession =
              (path.startsWith("/api/") && !path.equals("/api/ping"))
                  || path.startsWith("/auth/logout");
          if (needsSession) {
            assertThat(schemes)
                .as(path)
                .containsExactlyInAnyOrder(
                    OpenApiDocument.COOKIE_SCHEME, OpenApiDocument.BEARER_SCHEME);
            assertThat(op.getResponses()).as(path).containsKey("401");
          } else {
            assertThat(schemes).as(path).isEmpty();
          }
        });
  }

  @Test
  @DisplayName("every parameter has a typed schema: ids as digit strings, page and size integers")
  void typedParameters() {
    List<String> untyped = new ArrayList<>();
    forEachOperation(
        (path, op) -> {
          for (Parameter p :
              op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
            if (p.getSchema() == null || p.getSchema().getType() == null) {
              untyped.add(path + " " + p.getName());
            }
          }
        });
    assertThat(untyped).isEmpty();

    Parameter id = parameter("/api/polls/{id}", "id");
    assertThat(id.getRequired()).isTrue();
    assertThat(id.getSchema().getType()).isEqualTo("string");
    assertThat(id.getSchema().getPattern()).isEqualTo("^[0-9]{1,20}$");
    assertThat(parameter("/api/polls", "guild").getRequired()).isTrue();
    assertThat(parameter("/api/polls", "page").getSchema().getType()).isEqualTo("integer");
    assertThat(parameter("/api/polls", "size").getSchema().getMaximum())
        .isEqualByComparingTo("100");
    assertThat(parameter("/api/polls", "status").getSchema().getEnum())
        .containsExactly("scheduled", "active", "closed");
  }

  @Test
  @DisplayName("every operation has a success answer; JSON answers and errors have schemas")
  void responseSchemas() {
    forEachOperation(
        (path, op) -> {
          assertThat(op.getResponses()).as(path).doesNotContainKey("default");
          assertThat(op.getResponses().keySet())
              .as(path)
              .anyMatch(code -> code.startsWith("2") || code.startsWith("3"));
          ApiResponse error = op.getResponses().get("4XX");
          assertThat(error.getContent().get("application/json").getSchema().get$ref())
              .as(path)
              .isEqualTo("#/components/schemas/ApiError");
        });
    assertThat(successSchema("/api/polls/{id}", "get")).isEqualTo("#/components/schemas/PollView");
    assertThat(successSchema("/api/polls", "post")).isEqualTo("#/components/schemas/PollView");
    assertThat(doc.getPaths().get("/api/polls/{id}").getDelete().getResponses()).containsKey("204");
    assertThat(doc.getPaths().get("/auth/login").getGet().getResponses()).containsKey("303");
    assertThat(doc.getComponents().getSchemas().get("ApiError").getProperties())
        .containsKeys("code", "message", "errors");
  }

  @Test
  @DisplayName(
      "both preference writes answer the stored preferences with their Polly-Version header")
  void documentsPreferenceWrites() {
    var item = doc.getPaths().get("/api/me/preferences");
    for (Operation write : List.of(item.getPut(), item.getPatch())) {
      ApiResponse ok = write.getResponses().get("200");
      assertThat(ok.getHeaders()).containsKey("Polly-Version");
      assertThat(ok.getContent().get("application/json").getSchema().get$ref())
          .isEqualTo("#/components/schemas/PreferencesView");
    }
  }

  @Test
  @DisplayName("ranked polls are documented: kind, the runoff rounds of results, exported ballots")
  void documentsRankedPolls() {
    Map<String, Schema> schemas = doc.getComponents().getSchemas();
    assertThat(schemas.get("PollRequest").getProperties()).containsKey("kind");
    assertThat(schemas.get("PollView").getProperties()).containsKey("kind");
    assertThat(schemas.get("ResultsView").getProperties())
        .containsKeys("kind", "rounds", "ballots", "exhausted", "tie");
    assertThat(schemas.get("RoundView").getProperties())
        .containsKeys("round", "counts", "exhausted", "eliminated");
    assertThat(schemas.get("PollExport").getProperties()).containsKey("ballots");
    assertThat(schemas.get("BallotView").getProperties()).containsKeys("ranking", "user_id");
  }

  @Test
  @DisplayName("every $ref in the document names a schema it defines")
  void referencesResolve() {
    Matcher refs =
        Pattern.compile("\"\\$ref\" ?: ?\"#/components/schemas/([^\"]+)\"").matcher(text);
    List<String> names = new ArrayList<>();
    while (refs.find()) {
      names.add(refs.group(1));
    }
    assertThat(names).isNotEmpty();
    assertThat(doc.getComponents().getSchemas()).containsKeys(names.toArray(String[]::new));
  }

  private static String successSchema(String path, String method) {
    Operation op =
        doc.getPaths().get(path).readOperationsMap().entrySet().stream()
            .filter(e -> e.getKey().name().equalsIgnoreCase(method))
            .findFirst()
            .orElseThrow()
            .getValue();
    return op.getResponses().entrySet().stream()
        .filter(e -> e.getKey().startsWith("2"))
        .findFirst()
        .orElseThrow()
        .getValue()
        .getContent()
        .get("application/json")
        .getSchema()
        .get$ref();
  }

  private static Parameter parameter(String path, String name) {
    return doc.getPaths().get(path).readOperations().stream()
        .flatMap(
            op ->
                op.getParameters() == null
                    ? java.util.stream.Stream.<Parameter>empty()
                    : op.getParameters().stream())
        .filter(p -> p.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no parameter " + name + " on " + path));
  }

  private static void forEachOperation(java.util.function.BiConsumer<String, Operation> check) {
    doc.getPaths()
        .forEach((path, item) -> item.readOperations().forEach(op -> check.accept(path, op)));
  }
}
