/** The caseload, waiting list and service overview pages. */
@org.jspecify.annotations.NullMarked
package org.stepline.caseload.web;
