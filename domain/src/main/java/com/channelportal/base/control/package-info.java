/** Technical helpers that every feature shares. */
package com.channelportal.base.control;
