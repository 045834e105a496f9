package dev.polly.bot.features.poll.create;

import dev.polly.common.domain.FieldError;
import dev.polly.common.domain.PollRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a broken {@link PollRules} rule as the one sentence the bot replies with, naming the field
 * as the member typed it: {@code max_choices} becomes {@code max-choices}, {@code options[1].label}
 * becomes "Option 2", and so on.
 */
final class RuleMessages {
  private static final Pattern OPTION = Pattern.compile("options\\[(\\d+)]\\.(label|emoji)");

  private RuleMessages() {}

  /** "{subject} {message}." for {@code error}, given the request it was found in. */
  static String sentence(FieldError error, PollRequest request) {
    return subject(error.field(), request) + " " + error.message() + ".";
  }

  /** The sentence for a time-zone name that is not an IANA zone. */
  static String zone() {
    return "timezone " + PollRules.ZONE_RULE + ".";
  }

  static String subject(String field, PollRequest request) {
    Matcher option = OPTION.matcher(field);
    if (option.matches()) {
      return "Option " + (Integer.parseInt(option.group(1)) + 1);
    }
    return switch (field) {
      case "title" -> "The title";
      case "question" -> "The question";
      case "options" -> "The poll";
      case "max_choices" -> "max-choices";
      case "image_url" -> "image";
      case "opens_at" -> "open-at";
      case "remind_before_minutes" -> "remind";
      case "closes_at" ->
          request.closeAt() != null ? "close-at" : "The close time (open time plus duration)";
      default -> field;
    };
  }
}
