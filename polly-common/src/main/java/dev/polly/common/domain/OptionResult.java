package dev.polly.common.domain;

/** Result of one option: its vote count and share of all votes, in percent (0–100, one decimal). */
public record OptionResult(int position, String label, String emoji, long votes, double percent) {}
