package dev.polly.bot.features.poll.create;

/**
 * The raw arguments of {@code /poll create} as the member typed them (nulls for absent options).
 * {@link PollRequestParser} turns them into a validated {@code NewPoll} or an explanation.
 */
public record PollRequest(
    String question,
    String options,
    String title,
    Boolean anonymous,
    Boolean hideResults,
    Integer maxChoices,
    String duration,
    String closeAt,
    String openAt,
    String timezone,
    Long allowedRoleId,
    Long pingRoleId,
    String imageUrl,
    String remind) {

  /** A request without a reminder. */
  public PollRequest(
      String question,
      String options,
      String title,
      Boolean anonymous,
      Boolean hideResults,
      Integer maxChoices,
      String duration,
      String closeAt,
      String openAt,
      String timezone,
      Long allowedRoleId,
      Long pingRoleId,
      String imageUrl) {
    this(
        question,
        options,
        title,
        anonymous,
        hideResults,
        maxChoices,
        duration,
        closeAt,
        openAt,
        timezone,
        allowedRoleId,
        pingRoleId,
        imageUrl,
        null);
  }

  /** The same request with the options text filled in (from the modal). */
  public PollRequest withOptions(String optionsText) {
    return new PollRequest(
        question,
        optionsText,
        title,
        anonymous,
        hideResults,
        maxChoices,
        duration,
        closeAt,
        openAt,
        timezone,
        allowedRoleId,
        pingRoleId,
        imageUrl,
        remind);
  }
}
