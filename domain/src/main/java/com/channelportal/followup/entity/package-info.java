/**
 * Joint follow-up of a registered deal (issue 6): the shared timeline of activities, the deal team,
 * tasks and mentions.
 */
package com.channelportal.followup.entity;
