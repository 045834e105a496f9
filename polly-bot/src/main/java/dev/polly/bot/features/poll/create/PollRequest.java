package dev.polly.bot.features.poll.create;

/**
 * The raw arguments of {@code /poll create} as the member typed them (nulls for absent options).
 * {@link PollRequestParser} turns them into a validated {@code NewPoll} or an explanation. {@code
 * kind} is {@code choice} (also when absent) or {@code ranked}; {@code remind} is how long before
 * the close a reminder is posted ({@code 30m}), or null.
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
    String kind,
    String remind) {

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
        kind,
        remind);
  }
}
