/** The one CSV writer for everything Stepline writes as CSV, with its defence against spreadsheet formulas. */
@org.jspecify.annotations.NullMarked
package org.stepline.shared.csv;
