package dev.polly.api.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.polly.api.api.ApiError;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.io.EofException;

/**
 * Mappers that give framework exceptions the same JSON body as domain errors: JAX-RS's own (unknown
 * path 404, method 405, media type 415, 406), malformed JSON (400), a field of the wrong type or
 * given twice (422), bean validation (422), truncated bodies (400) and database outages (503). With
 * Dropwizard's default mappers switched off, these are the only mappers, so nothing answers with a
 * non-JSON body.
 */
public final class FrameworkMappers {
  private FrameworkMappers() {}

  public static List<Object> all(ErrorResponses r) {
    return List.of(
        new WebApplicationMapper(r),
        new JsonMapper(r),
        new ViolationMapper(r),
        new EofMapper(r),
        new ProcessingMapper(r),
        new UnexpectedMapper(r));
  }

  /**
   * JAX-RS exceptions keep their status; the body becomes JSON. One that already carries an {@link
   * ApiError} body (a malformed id parameter) keeps that body.
   */
  public static final class WebApplicationMapper
      implements ExceptionMapper<WebApplicationException> {
    private final ErrorResponses r;

    WebApplicationMapper(ErrorResponses r) {
      this.r = r;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      int status = original.getStatus();
      if (original.getEntity() instanceof ApiError error) {
        return r.of(status, error.code(), error.message(), error.errors());
      }
      String code =
          switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> "http_" + status;
          };
      String message = status >= 500 ? "The server failed" : reason(original);
      Response json = r.of(status, code, message);
      String allow = original.getHeaderString("Allow");
      return allow == null ? json : Response.fromResponse(json).header("Allow", allow).build();
    }

    private static String reason(Response original) {
      return original.getStatusInfo().getReasonPhrase();
    }
  }

  /**
   * A value of the wrong type, out of range or given twice: 422 naming the field. Malformed JSON or
   * a body of the wrong root type: 400.
   */
  public static final class JsonMapper implements ExceptionMapper<JsonProcessingException> {
    private final ErrorResponses r;

    JsonMapper(ErrorResponses r) {
      this.r = r;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
      var wrapped = Unexpected.classify(r, e);
      if (wrapped.isPresent()) {
        return wrapped.get();
      }
      var field = JsonFieldErrors.of(e);
      if (field.isPresent()) {
        return r.of(
            422, "validation_failed", "The request has invalid fields", List.of(field.get()));
      }
      if (e instanceof JsonMappingException && !(e instanceof JsonParseException)) {
        return r.of(400, "bad_json", "Wrong type or value for the body");
      }
      return r.of(400, "bad_json", "The body is not valid JSON");
    }
  }

  /**
   * Bean-validation failures ({@code @Valid} bodies): 422 {@code validation_failed} naming each
   * field as the JSON does ({@code duration_minutes}); a constraint on the body parameter itself (a
   * missing body) names the field {@code body}.
   */
  public static final class ViolationMapper
      implements ExceptionMapper<ConstraintViolationException> {
    private final ErrorResponses r;

    ViolationMapper(ErrorResponses r) {
      this.r = r;
    }

    @Override
    public Response toResponse(ConstraintViolationException e) {
      var errors =
          e.getConstraintViolations().stream()
              .map(
                  v -> new dev.polly.api.api.FieldError(field(v.getPropertyPath()), v.getMessage()))
              .toList();
      return r.of(422, "validation_failed", "The request has invalid fields", errors);
    }

    static String field(Path path) {
      List<String> names = new ArrayList<>();
      for (Path.Node node : path) {
        switch (node.getKind()) {
          case PARAMETER -> names.add("body");
          case PROPERTY -> {
            names.remove("body");
            names.add(snakeCase(node.getName()));
          }
          default -> {}
        }
      }
      return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String snakeCase(String name) {
      return name == null
          ? ""
          : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
  }

  /** The client closed the connection mid-body. */
  public static final class EofMapper implements ExceptionMapper<EofException> {
    private final ErrorResponses r;

    EofMapper(ErrorResponses r) {
      this.r = r;
    }

    @Override
    public Response toResponse(EofException e) {
      return r.of(400, "incomplete_body", "The request body ended early");
    }
  }

  /** Jersey failed to read the entity (a reader error that is not Jackson's). */
  public static final class ProcessingMapper implements ExceptionMapper<ProcessingException> {
    private final ErrorResponses r;

    ProcessingMapper(ErrorResponses r) {
      this.r = r;
    }

    @Override
    public Response toResponse(ProcessingException e) {
      return Unexpected.classify(r, e)
          .orElseGet(() -> r.of(400, "bad_request", "The request body could not be read"));
    }
  }

  /**
   * Everything else, JDBI failures included: logged with an id and answered with a JSON 500, or 503
   * when PostgreSQL is unreachable (see {@link Unexpected}).
   */
  public static final class UnexpectedMapper implements ExceptionMapper<Throwable> {
    private final ErrorResponses r;

    UnexpectedMapper(ErrorResponses r) {
      this.r = r;
    }

    @Override
    public Response toResponse(Throwable e) {
      return Unexpected.classify(r, e).orElseGet(() -> Unexpected.serverError(r, e));
    }
  }
}
