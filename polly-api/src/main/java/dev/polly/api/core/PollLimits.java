package dev.polly.api.core;

import java.time.Duration;

/** The limits a poll must respect, shared by creation, edits, reopen and import. */
public final class PollLimits {
  public static final int MIN_OPTIONS = 2;
  public static final int MAX_OPTIONS = 25;
  public static final int MAX_LABEL = 80;
  public static final int MAX_EMOJI = 64;
  public static final int MAX_TITLE = 256;
  public static final int MAX_QUESTION = 1000;
  public static final int MAX_IMAGE_URL = 2000;
  public static final Duration MIN_DURATION = Duration.ofMinutes(1);
  public static final Duration MAX_DURATION = Duration.ofDays(32);

  /** How far in the past an open time may be (clock skew between browser and server). */
  public static final Duration PAST_GRACE = Duration.ofMinutes(1);

  private PollLimits() {}
}
