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
 * The business rules a poll must satisfy before it is stored, as pure functions shared by the API
 * and the bot. Every check returns the broken rules as {@link FieldError}s (empty when none is
 * broken) instead of throwing, so a caller can show them all at once. Fields are named as in the
 * API's JSON ({@code title}, {@code options[2].label}, {@code max_choices}, {@code opens_at}, ...);
 * messages are predicates on that field ("must be at most 80 characters").
 *
 * <p>Every time is bounded, so no stored instant can leave PostgreSQL's timestamp range: a poll
 * opens at most {@link #MAX_LEAD} ahead and lasts at most {@link #MAX_DURATION}.
 */
public final class PollRules {
  public static final int MIN_OPTIONS = 2;
  public static final int MAX_OPTIONS = 25;
  public static final int MAX_TITLE_LENGTH = 256;
  public static final int MAX_QUESTION_LENGTH = 1000;
  public static final int MAX_LABEL_LENGTH = 80;
  public static final int MAX_EMOJI_LENGTH = 64;
  public static final int MAX_IMAGE_URL_LENGTH = 2000;
  public static final Duration MIN_DURATION = Duration.ofMinutes(1);
  public static final Duration MAX_DURATION = Duration.ofDays(32);

  /** How far ahead a poll may be scheduled to open. */
  public static final Duration MAX_LEAD = Duration.ofDays(365);

  /** How far in the past {@code opens_at} may lie (clock skew, time spent filling the form). */
  public static final Duration OPEN_TOLERANCE = Duration.ofMinutes(1);

  /** The message for a time-zone name that is not a region id of the IANA database. */
  public static final String ZONE_RULE = "must be an IANA time-zone name such as Europe/Paris";

  private PollRules() {}

  /** Every rule {@code poll} breaks at {@code now}; empty when it may be created. */
  public static List<FieldError> validate(NewPoll poll, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    errors.addAll(checkTitle(poll.title()));
    errors.addAll(checkQuestion(poll.question()));
    errors.addAll(checkOptions(poll.options()));
    errors.addAll(checkMaxChoices(poll.maxChoices(), poll.options().size()));
    errors.addAll(checkKind(poll.kind(), poll.maxChoices()));
    errors.addAll(checkImageUrl(poll.imageUrl()));
    errors.addAll(checkSchedule(poll.opensAt(), poll.closesAt(), now));
    errors.addAll(checkReminder(poll.remindBefore(), poll.opensAt(), poll.closesAt()));
    return List.copyOf(errors);
  }

  /**
   * Every rule an edit of an open poll breaks at {@code now}: title, question and, when they
   * change, the options (with the poll's {@code max_choices}) as for a new poll; the new close time
   * at least {@link #MIN_DURATION} from now and at most {@link #MAX_DURATION} after the open time;
   * the reminder as {@link #checkReminder}. Whether the options may change at all (no votes yet) is
   * decided where the votes are.
   */
  public static List<FieldError> checkEdit(Poll current, PollEdit edit, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    errors.addAll(checkTitle(edit.title()));
    errors.addAll(checkQuestion(edit.question()));
    if (edit.options() != null) {
      errors.addAll(checkOptions(edit.options()));
      errors.addAll(checkMaxChoices(current.maxChoices(), edit.options().size()));
    }
    if (edit.closesAt().isBefore(now.plus(MIN_DURATION))) {
      errors.add(new FieldError("closes_at", "must be at least 1 minute from now"));
    } else if (Duration.between(current.opensAt(), edit.closesAt()).compareTo(MAX_DURATION) > 0) {
      errors.add(new FieldError("closes_at", "must be at most 32 days after the open time"));
    }
    errors.addAll(checkReminder(edit.remindBefore(), current.opensAt(), edit.closesAt()));
    return List.copyOf(errors);
  }

  /**
   * No reminder ({@code null}), or one at least {@link #MIN_DURATION} before the close and after
   * the open time (shorter than the poll), in whole minutes.
   */
  public static List<FieldError> checkReminder(
      Duration remindBefore, Instant opensAt, Instant closesAt) {
    if (remindBefore == null) {
      return List.of();
    }
    if (remindBefore.compareTo(MIN_DURATION) < 0
        || remindBefore.toSeconds() % 60 != 0
        || remindBefore.compareTo(Duration.between(opensAt, closesAt)) >= 0) {
      return List.of(
          new FieldError(
              "remind_before_minutes", "must be whole minutes, at least 1 and less than the poll"));
    }
    return List.of();
  }

  /** A required title of at most {@link #MAX_TITLE_LENGTH} characters. */
  public static List<FieldError> checkTitle(String title) {
    return checkText("title", title, MAX_TITLE_LENGTH, true);
  }

  /** An optional question of at most {@link #MAX_QUESTION_LENGTH} characters. */
  public static List<FieldError> checkQuestion(String question) {
    return checkText("question", question, MAX_QUESTION_LENGTH, false);
  }

  /**
   * {@value #MIN_OPTIONS} to {@value #MAX_OPTIONS} options (when the count is wrong, only that is
   * reported); each a required label, unique ignoring case and surrounding blanks, and an optional
   * emoji, within their lengths. An option's field index is its {@link PollOption#position()}.
   */
  public static List<FieldError> checkOptions(List<PollOption> options) {
    if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
      return List.of(
          new FieldError(
              "options", "must have between " + MIN_OPTIONS + " and " + MAX_OPTIONS + " options"));
    }
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PollOption option : options) {
      String field = "options[" + option.position() + "]";
      List<FieldError> label = checkText(field + ".label", option.label(), MAX_LABEL_LENGTH, true);
      errors.addAll(label);
      if (label.isEmpty() && !seen.add(fold(option.label()))) {
        errors.add(new FieldError(field + ".label", "duplicates another option"));
      }
      errors.addAll(checkText(field + ".emoji", option.emoji(), MAX_EMOJI_LENGTH, false));
    }
    return errors;
  }

  /**
   * At least one choice and, when the option count is valid, at most one per option.
   *
   * @param optionCount the number of options the poll has
   */
  public static List<FieldError> checkMaxChoices(int maxChoices, int optionCount) {
    boolean countValid = optionCount >= MIN_OPTIONS && optionCount <= MAX_OPTIONS;
    if (maxChoices < 1 || (countValid && maxChoices > optionCount)) {
      return List.of(new FieldError("max_choices", "must be between 1 and the number of options"));
    }
    return List.of();
  }

  /**
   * A ranked poll keeps {@code max_choices} at 1: a member ranks as many options as they like on
   * one ballot, so a limit on picks means nothing there (its options obey {@link #checkOptions},
   * which already asks for at least {@value #MIN_OPTIONS}).
   */
  public static List<FieldError> checkKind(PollKind kind, int maxChoices) {
    if (kind == PollKind.RANKED && maxChoices != 1) {
      return List.of(new FieldError("max_choices", "must be 1 for a ranked poll"));
    }
    return List.of();
  }

  /** No image ({@code null}), or an http(s) URL of at most {@link #MAX_IMAGE_URL_LENGTH}. */
  public static List<FieldError> checkImageUrl(String imageUrl) {
    if (imageUrl == null) {
      return List.of();
    }
    List<FieldError> text = checkText("image_url", imageUrl, MAX_IMAGE_URL_LENGTH, false);
    if (!text.isEmpty()) {
      return text;
    }
    try {
      URI uri = new URI(imageUrl);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return List.of();
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    return List.of(new FieldError("image_url", "must be an http(s) URL"));
  }

  /** No time zone ({@code null}), or a name {@link PollTime#zone} knows. */
  public static List<FieldError> checkZone(String name) {
    if (name == null || PollTime.zone(name).isPresent()) {
      return List.of();
    }
    return List.of(new FieldError("timezone", ZONE_RULE));
  }

  /**
   * The rules on a poll's time window: {@code opensAt} not before {@code now} minus {@link
   * #OPEN_TOLERANCE} and not after {@code now} plus {@link #MAX_LEAD}; {@code closesAt} after it,
   * with a duration between {@link #MIN_DURATION} and {@link #MAX_DURATION}.
   */
  public static List<FieldError> checkSchedule(Instant opensAt, Instant closesAt, Instant now) {
    List<FieldError> errors = new ArrayList<>(checkOpensAt(opensAt, now));
    if (!closesAt.isAfter(opensAt)) {
      errors.add(new FieldError("closes_at", "must be after the open time"));
    } else if (!withinDuration(Duration.between(opensAt, closesAt))) {
      errors.add(new FieldError("closes_at", "must be 1 minute to 32 days after the open time"));
    }
    return errors;
  }

  /** The open time alone: within {@link #OPEN_TOLERANCE} in the past to {@link #MAX_LEAD} ahead. */
  public static List<FieldError> checkOpensAt(Instant opensAt, Instant now) {
    if (opensAt.isBefore(now.minus(OPEN_TOLERANCE))) {
      return List.of(new FieldError("opens_at", "must not be in the past"));
    }
    if (opensAt.isAfter(now.plus(MAX_LEAD))) {
      return List.of(new FieldError("opens_at", "must be at most 365 days ahead"));
    }
    return List.of();
  }

  /** A reopened poll's new close time: at least a minute, at most 32 days after {@code now}. */
  public static List<FieldError> checkReopen(Instant newClosesAt, Instant now) {
    if (newClosesAt.isAfter(now) && withinDuration(Duration.between(now, newClosesAt))) {
      return List.of();
    }
    return List.of(new FieldError("closes_at", "must be between 1 minute and 32 days from now"));
  }

  /** Whether a poll may last {@code length}: {@link #MIN_DURATION} to {@link #MAX_DURATION}. */
  public static boolean withinDuration(Duration length) {
    return length.compareTo(MIN_DURATION) >= 0 && length.compareTo(MAX_DURATION) <= 0;
  }

  /**
   * A text field: present when {@code required} (null counts as empty), at most {@code maxLength}
   * characters, and free of NUL characters, which PostgreSQL text cannot hold.
   */
  public static List<FieldError> checkText(
      String field, String value, int maxLength, boolean required) {
    String v = value == null ? "" : value;
    if (v.isBlank() && required) {
      return List.of(new FieldError(field, "is required"));
    }
    if (v.length() > maxLength) {
      return List.of(new FieldError(field, "must be at most " + maxLength + " characters"));
    }
    if (v.indexOf('\u0000') >= 0) {
      return List.of(new FieldError(field, "must not contain NUL characters"));
    }
    return List.of();
  }

  /** The form in which two labels count as the same: trimmed and lower-cased. */
  static String fold(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }
}
