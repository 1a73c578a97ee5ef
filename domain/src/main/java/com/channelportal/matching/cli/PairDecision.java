package com.channelportal.matching.cli;

/**
 * What the command says about one pair: an output row.
 *
 * @param score 0..1, rounded to the four decimals printed, and {@code same} decided on that rounded
 *     value, so that a reader of the file never sees a score that contradicts its decision
 */
public record PairDecision(String id, boolean same, double score) {}
