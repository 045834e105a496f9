package dev.polly.common.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/**
 * The JSON encoding of cached values and events: a private Jackson {@link ObjectMapper} with Java
 * time support, ISO-8601 instants and no default typing, so records round-trip without the
 * {@code @class} property Redisson's own Jackson codec needs. Unknown properties are ignored so a
 * newer writer's extra field does not turn a hit into an error.
 */
public final class PollyJson {
  private final ObjectMapper mapper;

  /** One reader per type, so a hit does not resolve the type on every decode. */
  private final ClassValue<ObjectReader> readers =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
          return mapper.readerFor(type);
        }
      };

  public PollyJson() {
    this.mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** The JSON text of {@code value}; an unencodable value is a programming error. */
  public String encode(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot encode " + value.getClass().getName(), e);
    }
  }

  /**
   * The value decoded from {@code json}, or empty when the text does not decode to {@code type}.
   */
  public <T> Optional<T> decode(String json, Class<T> type) {
    try {
      return Optional.ofNullable(readers.get(type).readValue(json));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
