/**
 * The conflict desk in the browser: the queue with its badge in the navigation, the side-by-side
 * case with the ruling dialog, and the partner's side of a ruling in its registration (the
 * rationale, the appeal, the way back into the editor for a returned claim). Every text comes from
 * the bundles under {@code review.}; what the partner reads is said in the dialog where the manager
 * writes it.
 */
@NullMarked
package com.channelportal.review.ui;

import org.jspecify.annotations.NullMarked;
