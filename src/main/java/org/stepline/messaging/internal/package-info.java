@org.jspecify.annotations.NullMarked
package org.stepline.messaging.internal;
