/**
 * What conflict matching takes and gives, as plain values: the subject of a claim (a registration's
 * customer, a customer master record, a direct opportunity), the candidates it is compared with,
 * and each match with its score and reasons.
 *
 * <p>No JPA here on purpose: registrations, customers and direct opportunities are different
 * entities owned by other features, and each maps itself onto {@link
 * com.channelportal.matching.entity.MatchSubject}. So matching can be run, tested and benchmarked
 * on values alone, and no feature has to depend on another's entities to be matched.
 *
 * <p>Reasons are codes with named parameters, not sentences: the UI translates them (Chinese and
 * English) and shows them next to the score, the API returns them as they are, and {@link
 * com.channelportal.matching.entity.MatchReason#describe()} gives English for logs only.
 */
@NullMarked
package com.channelportal.matching.entity;

import org.jspecify.annotations.NullMarked;
