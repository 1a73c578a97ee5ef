/**
 * The shell every feature's views live in: main layout and menu, languages, view access and error
 * handling.
 *
 * <p>Decisions: every visible text is a key in {@code vaadin-i18n/translations*.properties}
 * (Chinese is the fallback language; the tests fail on a key that is used but missing). Every view
 * declares who may open it ({@code @PermitAll}, {@code @RolesAllowed}); an unannotated view is
 * denied. There is no frontend build: Vaadin's pre-compiled bundle is used as is, so styling is one
 * plain stylesheet under {@code webapp/styles}, never {@code @CssImport} or {@code @JsModule}.
 */
@NullMarked
package com.channelportal.base.ui;

import org.jspecify.annotations.NullMarked;
