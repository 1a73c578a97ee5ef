/**
 * The deal workspace ({@code deals/:id}): the deal's facts with the partner's stage and forecast
 * editor, and its timeline. Tabs of other features (the deal team, tasks) are added beside the
 * timeline; the view shows only what the boundaries return, so brand-internal items reach it only
 * for brand staff.
 */
@NullMarked
package com.channelportal.followup.ui;

import org.jspecify.annotations.NullMarked;
