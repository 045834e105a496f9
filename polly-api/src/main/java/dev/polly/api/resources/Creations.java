package dev.polly.api.resources;

import dev.polly.api.api.PollView;
import dev.polly.api.errors.BadParameterException;
import dev.polly.common.domain.CreationKey;
import dev.polly.common.domain.PollCreation;
import jakarta.ws.rs.core.Response;

/**
 * The endpoints that create a poll (create, duplicate, import) take an optional {@value #KEY}
 * header, so a client whose answer got lost can send the same request again without storing a
 * second poll. Every creation answers 201 with the poll; a repeat answers the poll the first
 * request stored, marked {@value #REPLAYED}{@code : true}.
 */
final class Creations {
  static final String KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  private Creations() {}

  /**
   * The header's key, or null without one; 400 when it is not 1 to 100 visible ASCII characters.
   */
  static String key(String header) {
    if (header == null) {
      return null;
    }
    if (!CreationKey.valid(header)) {
      throw new BadParameterException(
          KEY + " must be 1 to " + CreationKey.MAX_LENGTH + " visible ASCII characters");
    }
    return header;
  }

  /** 201 with the created (or, for a repeat, the earlier) poll. */
  static Response created(PollCreation creation) {
    Response.ResponseBuilder answer =
        Response.status(Response.Status.CREATED).entity(PollView.of(creation.poll()));
    if (creation.replayed()) {
      answer.header(REPLAYED, "true");
    }
    return answer.build();
  }
}
