/**
 * The audit chain walked in pages, by the portal (JPA) and by the operator's command (plain JDBC,
 * runnable without the portal: the check must not depend on the software whose log it audits), and
 * the evidence documents' formats.
 */
@NullMarked
package com.channelportal.evidence.control;

import org.jspecify.annotations.NullMarked;
