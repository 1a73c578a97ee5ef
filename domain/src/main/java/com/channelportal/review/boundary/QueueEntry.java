package com.channelportal.review.boundary;

import com.channelportal.registration.entity.Registration;
import java.math.BigDecimal;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One claim waiting at the desk.
 *
 * @param conflicts how many records the check found it conflicts with
 * @param bestScore the best of their scores, null if none was stored
 * @param waited since it began to wait for the brand
 * @param escalated waited at least the service level
 */
public record QueueEntry(
    Registration registration,
    String partnerName,
    long conflicts,
    @Nullable BigDecimal bestScore,
    Duration waited,
    boolean escalated) {}
