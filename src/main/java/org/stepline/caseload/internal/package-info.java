/** Builds the caseload, waiting list and overview from other modules' published read interfaces. */
@org.jspecify.annotations.NullMarked
package org.stepline.caseload.internal;
