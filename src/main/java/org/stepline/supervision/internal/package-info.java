@org.jspecify.annotations.NullMarked
package org.stepline.supervision.internal;
