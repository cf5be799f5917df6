/** The supervision pages. */
@org.jspecify.annotations.NullMarked
package org.stepline.supervision.web;
