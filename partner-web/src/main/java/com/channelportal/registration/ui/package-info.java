/**
 * Deal registration in the browser: the registration list with its detail and editor, and the
 * partners' availability check.
 *
 * <p>Decisions: the editor binds a working copy ({@code RegistrationDraft}), never the entity, and
 * shows the domain's field problems at the fields that the domain names them after, so the browser
 * and the API refuse the same input with the same reasons. Conflicts appear for brand staff only,
 * with the matcher's reasons translated from their codes and named parameters; a partner sees
 * "under review" and nothing of the other side. Texts built at run time (statuses, stages,
 * candidate kinds, reasons, refusals) are keyed in {@code RegistrationTexts}, which a test checks
 * against both bundles.
 */
@NullMarked
package com.channelportal.registration.ui;

import org.jspecify.annotations.NullMarked;
