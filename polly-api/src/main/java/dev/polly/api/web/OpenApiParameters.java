package dev.polly.api.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The types of the API's path and query parameters in the OpenAPI document. Ids arrive as {@code
 * SnowflakeParam} types and paging as strings the resources parse (a malformed value is a 400 JSON
 * error, not Jersey's 404), so the document states here what each one accepts: ids are Discord
 * snowflakes or poll ids written as decimal strings (JavaScript cannot hold 64-bit numbers), {@code
 * page} and {@code size} are positive integers, {@code status} is one of the three poll states, and
 * draft keys are short names.
 */
final class OpenApiParameters {
  static final String ID_PATTERN = "^[0-9]{1,20}$";
  static final String DRAFT_KEY_PATTERN = "^[A-Za-z0-9_.-]{1,64}$";
  static final int PAGE_SIZE_MAX = 100;

  private OpenApiParameters() {}

  /** Replaces the schema of every parameter of {@code op} this class knows by name. */
  static void type(Operation op) {
    List<Parameter> parameters = op.getParameters();
    if (parameters == null) {
      return;
    }
    for (Parameter p : parameters) {
      Supplier<Schema<?>> schema = schemaFor(p.getName());
      if (schema != null) {
        p.setSchema(schema.get());
        if ("path".equals(p.getIn()) || "guild".equals(p.getName())) {
          p.setRequired(true);
        }
        if (p.getDescription() == null) {
          p.setDescription(schema.get().getDescription());
        }
      }
    }
  }

  private static Supplier<Schema<?>> schemaFor(String name) {
    return switch (name) {
      case "id", "guild" -> OpenApiParameters::id;
      case "key" ->
          () ->
              new StringSchema()
                  .pattern(DRAFT_KEY_PATTERN)
                  .description("Draft name: letters, digits, '_', '.', '-' (at most 64)");
      case "page" ->
          () -> new IntegerSchema().minimum(one())._default(1).description("Page, from 1");
      case "size" ->
          () ->
              new IntegerSchema()
                  .minimum(one())
                  .maximum(java.math.BigDecimal.valueOf(PAGE_SIZE_MAX))
                  ._default(20)
                  .description("Polls per page");
      case "status" ->
          () -> {
            StringSchema status = new StringSchema();
            status.setEnum(List.of("scheduled", "active", "closed"));
            return status.description("Only polls in this state (all when absent)");
          };
      default -> null;
    };
  }

  private static Schema<?> id() {
    return new StringSchema()
        .pattern(ID_PATTERN)
        .example("1100000000000000001")
        .description("A positive id as a decimal string (a Discord snowflake or a poll id)");
  }

  private static java.math.BigDecimal one() {
    return java.math.BigDecimal.ONE;
  }
}
