/**
 * Staff surveys: the NoMAD implementation measure about telephone-delivered treatment, in rounds a service manager
 * opens for the service or some teams. Answers are anonymous in the database itself (see docs/security.md,
 * "Anonymous surveys"); results are shown for a group only when at least five people in it answered and the round
 * has closed.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.surveys;
