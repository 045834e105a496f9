package dev.polly.api.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.polly.api.api.FieldError;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Optional;

/**
 * Turns a Jackson failure that concerns one named field of a body into a {@link FieldError}: a
 * value of the wrong JSON type, a number out of range, text with a lone surrogate, or a key given
 * twice. Field names use the validators' form ({@code options[0].label}). Failures of the body as a
 * whole (not JSON, truncated, wrong root type) have no field and give an empty result.
 */
final class JsonFieldErrors {
  private JsonFieldErrors() {}

  static Optional<FieldError> of(JsonProcessingException e) {
    if (e instanceof JsonMappingException
        && !(e instanceof MismatchedInputException)
        && e.getCause() instanceof JsonProcessingException cause
        && cause != e) {
      return of(cause); // a parser failure inside a nested value, wrapped with its path
    }
    if (e instanceof MismatchedInputException m) {
      String field = path(m);
      return field.isEmpty() ? Optional.empty() : Optional.of(new FieldError(field, message(m)));
    }
    if (e instanceof InputCoercionException c && c.getProcessor() != null) {
      return named(c.getProcessor(), "is out of range");
    }
    if (e instanceof JsonParseException pe
        && pe.getOriginalMessage() != null
        && pe.getOriginalMessage().startsWith("Duplicate field")
        && pe.getProcessor() != null) {
      return named(pe.getProcessor(), "is given more than once");
    }
    return Optional.empty();
  }

  private static Optional<FieldError> named(JsonParser p, String message) {
    String field = path(p.getParsingContext());
    return field.isEmpty() ? Optional.empty() : Optional.of(new FieldError(field, message));
  }

  private static String message(MismatchedInputException m) {
    if (m instanceof InvalidFormatException f && f.getTargetType() == String.class) {
      return "must not contain a lone UTF-16 surrogate";
    }
    Class<?> type = m.getTargetType();
    if (type == null) {
      return "has the wrong type";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "must be a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == String.class) {
      return "must be a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be an array";
    }
    return "must be an object";
  }

  private static String path(JsonMappingException m) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : m.getPath()) {
      if (ref.getFieldName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String path(JsonStreamContext leaf) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = leaf; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        parts.addFirst(c.getCurrentName());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (!out.isEmpty() && !part.startsWith("[")) {
        out.append('.');
      }
      out.append(part);
    }
    return out.toString();
  }
}
