/**
 * Datasets: a service's national-dataset-style extract (referrals, care contacts, coded scored assessments)
 * imported all or nothing, exported again, or generated for demos and benchmarks; and the command line.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.datasets;
