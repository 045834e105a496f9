package dev.polly.api.errors;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * One {@code ExceptionMapper} per domain exception, each with its own status. {@link #all} lists
 * them for registration in the composition root.
 */
public final class DomainMappers {
  private DomainMappers() {}

  public static List<Object> all(ErrorResponses r) {
    return List.of(
        new NotAuthenticatedMapper(r),
        new AccessDeniedMapper(r),
        new ResourceNotFoundMapper(r),
        new BadParameterMapper(r),
        new ConflictMapper(r),
        new PayloadTooLargeMapper(r),
        new InvalidOAuthStateMapper(r),
        new OriginForbiddenMapper(r),
        new DiscordUnavailableMapper(r),
        new DiscordRateLimitedMapper(r),
        new StoreUnavailableMapper(r),
        new PermissionUnverifiedMapper(r),
        new TooManyRequestsMapper(r),
        new ValidationFailedMapper(r));
  }

  /** 401. */
  public static final class NotAuthenticatedMapper
      extends ApiExceptionMapper<NotAuthenticatedException> {
    NotAuthenticatedMapper(ErrorResponses r) {
      super(r, 401);
    }
  }

  /** 403. */
  public static final class AccessDeniedMapper extends ApiExceptionMapper<AccessDeniedException> {
    AccessDeniedMapper(ErrorResponses r) {
      super(r, 403);
    }
  }

  /** 404. */
  public static final class ResourceNotFoundMapper
      extends ApiExceptionMapper<ResourceNotFoundException> {
    ResourceNotFoundMapper(ErrorResponses r) {
      super(r, 404);
    }
  }

  /** 400. */
  public static final class BadParameterMapper extends ApiExceptionMapper<BadParameterException> {
    BadParameterMapper(ErrorResponses r) {
      super(r, 400);
    }
  }

  /** 409. */
  public static final class ConflictMapper extends ApiExceptionMapper<ConflictException> {
    ConflictMapper(ErrorResponses r) {
      super(r, 409);
    }
  }

  /**
   * 413, with {@code Connection: close}: the rest of a refused body is never read, so the
   * connection cannot carry another request, and the client is told so instead of finding a closed
   * connection on its next request.
   */
  public static final class PayloadTooLargeMapper
      extends ApiExceptionMapper<PayloadTooLargeException> {
    PayloadTooLargeMapper(ErrorResponses r) {
      super(r, 413);
    }

    @Override
    public Response toResponse(PayloadTooLargeException exception) {
      return Response.fromResponse(super.toResponse(exception))
          .header("Connection", "close")
          .build();
    }
  }

  /** 400. */
  public static final class InvalidOAuthStateMapper
      extends ApiExceptionMapper<InvalidOAuthStateException> {
    InvalidOAuthStateMapper(ErrorResponses r) {
      super(r, 400);
    }
  }

  /** 403. */
  public static final class OriginForbiddenMapper
      extends ApiExceptionMapper<OriginForbiddenException> {
    OriginForbiddenMapper(ErrorResponses r) {
      super(r, 403);
    }
  }

  /** 502: Discord, not the caller, failed. */
  public static final class DiscordUnavailableMapper
      extends ApiExceptionMapper<DiscordUnavailableException> {
    DiscordUnavailableMapper(ErrorResponses r) {
      super(r, 502);
    }
  }

  /** 503 with {@code Retry-After}. */
  public static final class DiscordRateLimitedMapper
      extends RetryLaterMapper<DiscordRateLimitedException> {
    DiscordRateLimitedMapper(ErrorResponses r) {
      super(r, 503);
    }
  }

  /** 503: the value could not be kept; the caller may retry once Redis is back. */
  public static final class StoreUnavailableMapper
      extends ApiExceptionMapper<StoreUnavailableException> {
    StoreUnavailableMapper(ErrorResponses r) {
      super(r, 503);
    }
  }

  /** 503: Discord could not confirm the user's permission when it was due; retry shortly. */
  public static final class PermissionUnverifiedMapper
      extends ApiExceptionMapper<PermissionUnverifiedException> {
    PermissionUnverifiedMapper(ErrorResponses r) {
      super(r, 503);
    }
  }

  /** 429 with {@code Retry-After} in whole seconds. */
  public static final class TooManyRequestsMapper
      extends RetryLaterMapper<TooManyRequestsException> {
    TooManyRequestsMapper(ErrorResponses r) {
      super(r, 429);
    }
  }

  /** 422 with one entry per invalid field. */
  public static final class ValidationFailedMapper
      extends ApiExceptionMapper<ValidationFailedException> {
    ValidationFailedMapper(ErrorResponses r) {
      super(r, 422);
    }

    @Override
    public Response toResponse(ValidationFailedException e) {
      return responses().of(422, e.code(), e.getMessage(), e.errors());
    }
  }
}
