/**
 * The figures the engine evaluates requirements against. A {@link org.tierdesk.engine.measure.Measure} names one
 * aggregate (sales in a window, certified staff on a date...). The engine can compute all of them from a partner's
 * raw facts; the store computes the same ones with SQL aggregates. Both must agree: tests compare them.
 */
package org.tierdesk.engine.measure;
