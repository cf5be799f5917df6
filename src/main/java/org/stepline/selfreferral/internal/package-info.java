@org.jspecify.annotations.NullMarked
package org.stepline.selfreferral.internal;
