package dev.polly.common.domain;

import java.util.Objects;

/**
 * One broken rule of a request: the offending field (as named in the API and the bot's command
 * options, e.g. {@code options[2].label}) and a sentence a user can act on.
 */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
