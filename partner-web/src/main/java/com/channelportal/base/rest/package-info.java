/** What every API resource shares: the application path, OpenAPI header and error format. */
package com.channelportal.base.rest;
