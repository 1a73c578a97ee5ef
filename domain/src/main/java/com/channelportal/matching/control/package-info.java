/**
 * Conflict matching without a container: company names taken apart, phone numbers and web domains
 * normalized, candidates indexed by what they share, and each pair scored from weighted, explained
 * evidence. Pure functions of their arguments and of the word lists shipped next to them, so every
 * rule is unit-tested on plain values and the benchmark runs it on 100 000 synthetic records.
 *
 * <p>A library does what needs curated data (ICU4J: traditional to simplified characters, pinyin;
 * Guava's Public Suffix List through {@code identity.control.EmailDomains}); what is ours to decide
 * (legal forms, industry words, regions, shared hosts, the weights) is in resource files and
 * constants that a reviewer can read, each with its source.
 *
 * <p>Matching never says "conflict": it gives a score and its reasons. What happens at which score
 * (auto-approval, review) is the registration's rule, configured by the brand.
 */
@NullMarked
package com.channelportal.matching.control;

import org.jspecify.annotations.NullMarked;
