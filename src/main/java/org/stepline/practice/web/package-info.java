@org.jspecify.annotations.NullMarked
package org.stepline.practice.web;
