package dev.polly.api.requests;

import dev.polly.api.api.OptionRequest;
import dev.polly.api.api.PollRequest;
import java.util.List;

/** For tests: a mutable copy of a {@link PollRequest}. */
final class PollRequestBuilder {
  String guildId,
      channelId,
      title,
      question,
      allowedRoleId,
      pingRoleId,
      imageUrl,
      opensAt,
      closesAt,
      timezone,
      kind;
  List<OptionRequest> options;
  Boolean anonymous, hideResults, pingOnOpen, pingOnClose;
  Integer maxChoices, durationMinutes, version, remindBeforeMinutes;

  PollRequestBuilder(PollRequest r) {
    guildId = r.guildId();
    channelId = r.channelId();
    title = r.title();
    question = r.question();
    options = r.options();
    anonymous = r.anonymous();
    hideResults = r.hideResults();
    maxChoices = r.maxChoices();
    allowedRoleId = r.allowedRoleId();
    pingRoleId = r.pingRoleId();
    pingOnOpen = r.pingOnOpen();
    pingOnClose = r.pingOnClose();
    imageUrl = r.imageUrl();
    opensAt = r.opensAt();
    closesAt = r.closesAt();
    durationMinutes = r.durationMinutes();
    timezone = r.timezone();
    kind = r.kind();
    remindBeforeMinutes = r.remindBeforeMinutes();
    version = r.version();
  }

  PollRequestBuilder guildId(String v) {
    guildId = v;
    return this;
  }

  PollRequestBuilder options(List<OptionRequest> v) {
    options = v;
    return this;
  }

  PollRequestBuilder maxChoices(Integer v) {
    maxChoices = v;
    return this;
  }

  PollRequestBuilder opensAt(String v) {
    opensAt = v;
    return this;
  }

  PollRequestBuilder closesAt(String v) {
    closesAt = v;
    return this;
  }

  PollRequestBuilder durationMinutes(Integer v) {
    durationMinutes = v;
    return this;
  }

  PollRequestBuilder timezone(String v) {
    timezone = v;
    return this;
  }

  PollRequestBuilder channelId(String v) {
    channelId = v;
    return this;
  }

  PollRequestBuilder allowedRoleId(String v) {
    allowedRoleId = v;
    return this;
  }

  PollRequestBuilder pingRoleId(String v) {
    pingRoleId = v;
    return this;
  }

  PollRequestBuilder title(String v) {
    title = v;
    return this;
  }

  PollRequestBuilder imageUrl(String v) {
    imageUrl = v;
    return this;
  }

  PollRequest build() {
    return new PollRequest(
        guildId,
        channelId,
        title,
        question,
        options,
        anonymous,
        hideResults,
        maxChoices,
        allowedRoleId,
        pingRoleId,
        pingOnOpen,
        pingOnClose,
        imageUrl,
        opensAt,
        closesAt,
        durationMinutes,
        timezone,
        version,
        kind,
        remindBeforeMinutes);
  }
}
