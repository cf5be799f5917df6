@org.jspecify.annotations.NullMarked
package org.stepline.surveys.internal;
