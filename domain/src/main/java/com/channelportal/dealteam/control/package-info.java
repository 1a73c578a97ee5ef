/**
 * The rules of the deal team, tasks and mentions, without a database or a directory: who may join a
 * deal and from which side, which task changes are valid, which {@code @names} in a text are
 * mentions and who may be mentioned. The boundary looks the people up and asks these rules.
 */
@NullMarked
package com.channelportal.dealteam.control;

import org.jspecify.annotations.NullMarked;
