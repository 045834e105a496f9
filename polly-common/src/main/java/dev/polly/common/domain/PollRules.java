package dev.polly.common.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The business rules a poll must satisfy before it is stored, as pure functions. {@link #validate}
 * returns every broken rule as a {@link FieldError} (empty when the poll is valid) instead of
 * throwing, so the API and the bot can show them all at once. The limits are public constants and
 * match the column sizes of the schema.
 */
public final class PollRules {
  public static final int MIN_OPTIONS = 2;
  public static final int MAX_OPTIONS = 25;
  public static final int MAX_TITLE_LENGTH = 256;
  public static final int MAX_QUESTION_LENGTH = 1000;
  public static final int MAX_LABEL_LENGTH = 100;
  public static final int MAX_EMOJI_LENGTH = 100;
  public static final int MAX_IMAGE_URL_LENGTH = 2048;
  public static final Duration MIN_DURATION = Duration.ofMinutes(1);
  public static final Duration MAX_DURATION = Duration.ofDays(32);

  /** How far in the past {@code opensAt} may lie (clock skew, time spent filling the form). */
  public static final Duration OPEN_TOLERANCE = Duration.ofMinutes(1);

  private PollRules() {}

  /** Every rule {@code poll} breaks at {@code now}; empty when it may be created. */
  public static List<FieldError> validate(NewPoll poll, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    checkText(errors, "title", poll.title(), MAX_TITLE_LENGTH, true);
    checkText(errors, "question", poll.question(), MAX_QUESTION_LENGTH, false);
    checkOptions(errors, poll.options());
    checkMaxChoices(errors, poll.maxChoices(), poll.options().size());
    checkImageUrl(errors, poll.imageUrl());
    errors.addAll(checkSchedule(poll.opensAt(), poll.closesAt(), now));
    return List.copyOf(errors);
  }

  /**
   * The rules on a poll's time window: {@code opensAt} not before {@code now} minus {@link
   * #OPEN_TOLERANCE}, and a duration between {@link #MIN_DURATION} and {@link #MAX_DURATION}.
   */
  public static List<FieldError> checkSchedule(Instant opensAt, Instant closesAt, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (opensAt.isBefore(now.minus(OPEN_TOLERANCE))) {
      errors.add(new FieldError("opensAt", "must not be in the past"));
    }
    if (!closesAt.isAfter(opensAt)) {
      errors.add(new FieldError("closesAt", "must be after opensAt"));
      return errors;
    }
    Duration duration = Duration.between(opensAt, closesAt);
    if (duration.compareTo(MIN_DURATION) < 0) {
      errors.add(new FieldError("closesAt", "the poll must last at least 1 minute"));
    } else if (duration.compareTo(MAX_DURATION) > 0) {
      errors.add(new FieldError("closesAt", "the poll must last at most 32 days"));
    }
    return errors;
  }

  /** The rules on a reopened poll's new close time: at least a minute, at most 32 days away. */
  public static List<FieldError> checkReopen(Instant newClosesAt, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    Duration left = Duration.between(now, newClosesAt);
    if (left.compareTo(MIN_DURATION) < 0) {
      errors.add(new FieldError("closesAt", "must be at least 1 minute in the future"));
    } else if (left.compareTo(MAX_DURATION) > 0) {
      errors.add(new FieldError("closesAt", "must be at most 32 days in the future"));
    }
    return errors;
  }

  private static void checkOptions(List<FieldError> errors, List<PollOption> options) {
    if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
      errors.add(
          new FieldError(
              "options", "must have between " + MIN_OPTIONS + " and " + MAX_OPTIONS + " options"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < options.size(); i++) {
      PollOption option = options.get(i);
      String field = "options[" + i + "]";
      checkText(errors, field + ".label", option.label(), MAX_LABEL_LENGTH, true);
      if (!option.label().isBlank() && !seen.add(fold(option.label()))) {
        errors.add(new FieldError(field + ".label", "duplicates another option"));
      }
      if (option.emoji() != null && option.emoji().length() > MAX_EMOJI_LENGTH) {
        errors.add(
            new FieldError(
                field + ".emoji", "must be at most " + MAX_EMOJI_LENGTH + " characters"));
      }
    }
  }

  private static void checkMaxChoices(List<FieldError> errors, int maxChoices, int optionCount) {
    int limit = Math.min(optionCount, MAX_OPTIONS);
    if (maxChoices < 1) {
      errors.add(new FieldError("maxChoices", "must be at least 1"));
    } else if (maxChoices > limit) {
      errors.add(
          new FieldError("maxChoices", "must not exceed the number of options (" + limit + ")"));
    }
  }

  private static void checkImageUrl(List<FieldError> errors, String imageUrl) {
    if (imageUrl == null) {
      return;
    }
    if (imageUrl.length() > MAX_IMAGE_URL_LENGTH) {
      errors.add(
          new FieldError("imageUrl", "must be at most " + MAX_IMAGE_URL_LENGTH + " characters"));
      return;
    }
    try {
      URI uri = new URI(imageUrl);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        errors.add(new FieldError("imageUrl", "must be an http(s) URL"));
      }
    } catch (URISyntaxException e) {
      errors.add(new FieldError("imageUrl", "must be an http(s) URL"));
    }
  }

  private static void checkText(
      List<FieldError> errors, String field, String value, int maxLength, boolean required) {
    if (required && value.isBlank()) {
      errors.add(new FieldError(field, "must not be blank"));
    } else if (value.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
    }
  }

  /** The form in which two labels count as the same: trimmed and lower-cased. */
  static String fold(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }
}
