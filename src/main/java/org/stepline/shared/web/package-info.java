/**
 * Web plumbing used by every module's pages: text people type ({@link org.stepline.shared.web.TypedText}), dates
 * and whole numbers typed by people, field errors, flash messages, per-client rate limits.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.shared.web;
