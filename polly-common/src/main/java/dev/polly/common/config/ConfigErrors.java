package dev.polly.common.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.polly.common.dev.EmbeddedServerUnavailableException;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationParsingException;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.core.cli.Cli;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * Turns a configuration failure into the lines an operator reads, one per problem and without a
 * stack trace, naming the environment variable behind the field, e.g. {@code REDIS_PORT=abc:
 * redis.port must be a number (config.yml line 30)}. Values of variables whose name says they are
 * secret ({@code *PASSWORD*}, {@code *SECRET*}, {@code *TOKEN*}, {@code REDIS_URL}, {@code
 * DATABASE_URL}) are never printed.
 */
public final class ConfigErrors {
  private final ConfigSource source;
  private final Map<String, String> env;

  ConfigErrors(ConfigSource source, Map<String, String> env) {
    this.source = source;
    this.env = env;
  }

  /** For the configuration file at {@code path}, reading variables from the process environment. */
  public static ConfigErrors forFile(String path) {
    return new ConfigErrors(ConfigSource.read(path), System.getenv());
  }

  /**
   * Prints the lines for a configuration failure of a command run with {@code namespace} (whose
   * {@code file} argument names the configuration) to the CLI's standard error.
   *
   * @return false when {@code failure} is not a configuration failure (nothing printed)
   */
  public static boolean report(Cli cli, Namespace namespace, Throwable failure) {
    String file = namespace.getString("file");
    Optional<List<String>> lines = forFile(file == null ? "" : file).describe(failure);
    lines.ifPresent(problems -> problems.forEach(cli.getStdErr()::println));
    return lines.isPresent();
  }

  /**
   * The lines for {@code failure} or one of its causes; empty when none is a configuration error.
   */
  public Optional<List<String>> describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConfigurationValidationException invalid) {
        return Optional.of(violations(invalid));
      }
      if (t instanceof ConfigurationParsingException parsing) {
        return Optional.of(parsing(parsing));
      }
      if (t instanceof EmbeddedServerUnavailableException unavailable) {
        return Optional.of(List.of(unavailable.getMessage()));
      }
      if (t instanceof ConfigurationException other) {
        return Optional.of(List.copyOf(other.getErrors()));
      }
    }
    return Optional.empty();
  }

  private List<String> violations(ConfigurationValidationException invalid) {
    List<String> lines = new ArrayList<>();
    for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
      String path = violation.getPropertyPath().toString();
      String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.') + 1) : "";
      boolean selfExplained = path.isEmpty() || violation.getMessage().contains(parent);
      lines.add(line(path, (selfExplained ? "" : path + " ") + violation.getMessage()));
    }
    lines.sort(String::compareTo);
    return lines;
  }

  private List<String> parsing(ConfigurationParsingException parsing) {
    if (parsing.getCause() instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      String path = path(mapping.getPath());
      return List.of(line(path, path + " " + expectation(targetType(mapping))));
    }
    return parsing.getErrors().stream()
        .map(error -> error.strip().replaceAll("\\s*\\n\\s*", " "))
        .collect(Collectors.toList());
  }

  /** {@code VAR=value: problem (file line N)}, or without the prefix when no variable applies. */
  private String line(String path, String problem) {
    OptionalInt line = path.isEmpty() ? OptionalInt.empty() : source.lineOf(path);
    if (line.isEmpty()) {
      return problem;
    }
    String variables =
        source.variablesOn(line.getAsInt(), env).stream()
            .map(
                v ->
                    v.getKey()
                        + v.getValue()
                            .map(value -> "=" + shown(v.getKey(), value))
                            .orElse(" (unset)"))
            .collect(Collectors.joining(", "));
    String where = " (" + source.fileName() + " line " + line.getAsInt() + ")";
    return (variables.isEmpty() ? "" : variables + ": ") + problem + where;
  }

  private static String shown(String name, String value) {
    boolean secret = name.matches(".*(PASSWORD|SECRET|TOKEN).*|REDIS_URL|DATABASE_URL");
    return secret ? "***" : value;
  }

  private static Class<?> targetType(JsonMappingException mapping) {
    if (mapping instanceof MismatchedInputException mismatch) {
      return mismatch.getTargetType();
    }
    if (mapping instanceof ValueInstantiationException instantiation) {
      return instantiation.getType().getRawClass();
    }
    return null;
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expectation(Class<?> type) {
    if (type == null) {
      return "has an invalid value";
    }
    if (Number.class.isAssignableFrom(type)
        || (type.isPrimitive() && type != boolean.class && type != char.class)) {
      return "must be a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type.isEnum()) {
      return "must be one of "
          + java.util.Arrays.stream(type.getEnumConstants())
              .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT))
              .collect(Collectors.joining(", "));
    }
    if (type.getSimpleName().equals("Duration")) {
      return "must be a duration such as 250ms, 5s or 10m";
    }
    if (type.getSimpleName().equals("DataSize")) {
      return "must be a size such as 64KiB or 1MiB";
    }
    return "must be a " + type.getSimpleName();
  }
}
