/** The administrator's audit trail page. */
@org.jspecify.annotations.NullMarked
package org.stepline.audit.web;
